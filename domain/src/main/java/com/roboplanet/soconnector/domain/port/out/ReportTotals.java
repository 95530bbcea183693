package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.MatchSource;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The report's rows added up, for the pivots of the workbook and the charts of the HTML page: per product, per
 * customer and product, per month and product. Every figure is a sum of the {@link ReportRow#quantity() quantities} of
 * the rows with a product that the run wrote, so the sheets, the page and the CSV report of one run agree.
 *
 * <p>Built row by row by a {@link Tally} while the rows stream; memory grows with what occurred, never with
 * customers times products. A (customer, product) pair and a (month, product) pair cost one entry of 16 bytes in
 * primitive arrays (at most two slots), a customer its id, name and three counters. The bounds: at most {@value
 * #MAX_CUSTOMERS} customers and {@value #MAX_CUSTOMER_PRODUCTS} (customer, product) pairs are kept apart; a row past
 * either bound is added to the row {@link #otherCustomers()} instead, so that every column total and the grand total
 * stay exact and only the split between customers gets coarser ({@link #foldedRows()} says how many rows). A run of
 * 100,000 sales has at most 100,000 customers, so it folds only past 500,000 pairs (five different products per sale
 * on average, each sale with its own customer). Likewise at most {@value #MAX_MONTH_PRODUCTS} (month, product) pairs,
 * then a month's further products count as "other products" ({@link MonthRow#OTHER_PRODUCTS}). At the bounds the
 * tally holds about 40 MB.
 */
public final class ReportTotals {
    /** Customers kept apart; more are summed in {@link #otherCustomers()}. */
    public static final int MAX_CUSTOMERS = 100_000;

    /** (customer, product) pairs kept apart; rows that would add more are summed in {@link #otherCustomers()}. */
    public static final int MAX_CUSTOMER_PRODUCTS = 500_000;

    /** (month, product) pairs kept apart; further pairs count as {@link MonthRow#OTHER_PRODUCTS}. */
    public static final int MAX_MONTH_PRODUCTS = 200_000;

    private static final int PRODUCT_BITS = 24;
    private static final long PRODUCT_MASK = (1L << PRODUCT_BITS) - 1;
    private static final int OTHER_PRODUCT_KEY = (int) PRODUCT_MASK;

    private final List<ProductTotal> products;
    private final long quantity;
    private final long rows;
    private final long sales;
    private final String[] customerNames;
    private final long[] customerIds;
    private final long[] customerQuantities;
    private final long[] customerSales;
    private final int[] customerOrder;
    private final int[] firstCell;
    private final int[] cellProducts;
    private final long[] cellQuantities;
    private final CustomerRow otherCustomers;
    private final long foldedRows;
    private final List<MonthRow> months;
    private final List<UnmatchedWord> unmatchedWords;

    private ReportTotals(Tally tally, List<UnmatchedWord> unmatchedWords) {
        int productCount = tally.productCount;
        Integer[] byQuantity = new Integer[productCount];
        for (int i = 0; i < productCount; i++) {
            byQuantity[i] = i;
        }
        Arrays.sort(
                byQuantity,
                Comparator.<Integer>comparingLong(i -> -tally.productQuantity[i])
                        .thenComparing(i -> tally.productCodes[i]));
        int[] rank = new int[productCount];
        List<ProductTotal> productList = new ArrayList<>(productCount);
        for (int position = 0; position < productCount; position++) {
            int i = byQuantity[position];
            rank[i] = position;
            productList.add(new ProductTotal(
                    tally.productCodes[i],
                    tally.productNames[i],
                    tally.productQuantity[i],
                    tally.productSales[i],
                    tally.productCustomers[i],
                    new BySource(tally.productQuantityBySource[i]),
                    new BySource(tally.productSalesBySource[i])));
        }
        this.products = List.copyOf(productList);
        this.quantity = tally.quantity;
        this.rows = tally.rows;
        this.sales = tally.sales;

        int customers = tally.customerCount;
        this.customerNames = Arrays.copyOf(tally.customerNames, customers);
        this.customerIds = Arrays.copyOf(tally.customerIds, customers);
        this.customerQuantities = Arrays.copyOf(tally.customerQuantities, customers);
        this.customerSales = Arrays.copyOf(tally.customerSales, customers);
        this.customerOrder = byName(customerNames, customerIds);

        // Cells sorted by key are grouped by customer (the high bits), so each customer's cells are one range.
        long[] keys = tally.customerCells.sortedKeys();
        this.firstCell = new int[customers + 2];
        this.cellProducts = new int[keys.length];
        this.cellQuantities = new long[keys.length];
        for (int c = 0; c < keys.length; c++) {
            // The folded row's cells carry the bound as their customer, past every kept customer: they sort last.
            int customer = Math.min((int) (keys[c] >>> PRODUCT_BITS), customers);
            firstCell[customer + 1] = c + 1;
            cellProducts[c] = rank[(int) (keys[c] & PRODUCT_MASK)];
            cellQuantities[c] = tally.customerCells.get(keys[c]);
        }
        for (int i = 1; i < firstCell.length; i++) {
            firstCell[i] = Math.max(firstCell[i], firstCell[i - 1]);
        }
        this.otherCustomers =
                tally.otherRows == 0 ? null : cells(0, null, tally.otherQuantity, tally.otherSales, customers);
        this.foldedRows = tally.otherRows;
        this.months = months(tally.monthCells, rank);
        this.unmatchedWords = List.copyOf(unmatchedWords);
    }

    /** The totals of a run that wrote no row with a product. */
    public static ReportTotals empty() {
        return new Tally().totals(List.of());
    }

    /** The totals of these rows, as a run that wrote them would hand them over (rows without a product count nothing). */
    public static ReportTotals of(Iterable<ReportRow> rows, List<UnmatchedWord> unmatchedWords) {
        Tally tally = new Tally();
        rows.forEach(tally::add);
        return tally.totals(unmatchedWords);
    }

    /** Every product that has a row, largest quantity first (then by code); positions index {@link CustomerRow}. */
    public List<ProductTotal> products() {
        return products;
    }

    /** The sum of all quantities: each column of "By customer" adds up to its product's, and they to this. */
    public long quantity() {
        return quantity;
    }

    /** Rows with a product. */
    public long rows() {
        return rows;
    }

    /** Sales with at least one product. */
    public long sales() {
        return sales;
    }

    /** Customers kept apart (not counting those summed in {@link #otherCustomers()}). */
    public int customerCount() {
        return customerIds.length;
    }

    /**
     * The customers kept apart, ordered by name (as a German or English reader sorts: case and accents second), then
     * id. Each row is made when the iteration reaches it, so a writer can stream a million customers.
     */
    public Iterable<CustomerRow> customersByName() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < customerOrder.length;
            }

            @Override
            public CustomerRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return customer(customerOrder[next++]);
            }
        };
    }

    /** The {@code n} customers with the largest quantity, largest first (ties by name). */
    public List<CustomerRow> topCustomers(int n) {
        Comparator<Integer> smallestFirst = Comparator.<Integer>comparingLong(i -> customerQuantities[i])
                .thenComparing(i -> customerNames[i], Comparator.reverseOrder());
        PriorityQueue<Integer> top = new PriorityQueue<>(smallestFirst);
        for (int i = 0; i < customerIds.length; i++) {
            top.add(i);
            if (top.size() > n) {
                top.poll();
            }
        }
        List<CustomerRow> result = new ArrayList<>(top.size());
        while (!top.isEmpty()) {
            result.add(customer(top.poll()));
        }
        java.util.Collections.reverse(result);
        return result;
    }

    /** Rows past the bounds, summed (customer id 0, name null); empty when nothing was folded. */
    public Optional<CustomerRow> otherCustomers() {
        return Optional.ofNullable(otherCustomers);
    }

    /** Rows added to {@link #otherCustomers()} because a bound was reached; 0 for any ordinary run. */
    public long foldedRows() {
        return foldedRows;
    }

    /** Months with a quantity, oldest first, then the rows without a sale date (month null) if any. */
    public List<MonthRow> months() {
        return months;
    }

    /** The most frequent words in headings that matched nothing, most frequent first, with example sales. */
    public List<UnmatchedWord> unmatchedWords() {
        return unmatchedWords;
    }

    private CustomerRow customer(int index) {
        return cells(customerIds[index], customerNames[index], customerQuantities[index], customerSales[index], index);
    }

    private CustomerRow cells(long id, String name, long quantity, long sales, int index) {
        int from = firstCell[index];
        int to = firstCell[index + 1];
        int[] productPositions = Arrays.copyOfRange(cellProducts, from, to);
        long[] quantities = Arrays.copyOfRange(cellQuantities, from, to);
        sortByProduct(productPositions, quantities);
        return new CustomerRow(id, name, quantity, sales, productPositions, quantities);
    }

    private static int[] byName(String[] names, long[] ids) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        collator.setStrength(Collator.TERTIARY);
        Integer[] order = new Integer[names.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Keys once per customer: a Collator compare per pair would cost a hundred times more at 100,000 names.
        java.text.CollationKey[] keys = new java.text.CollationKey[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = collator.getCollationKey(names[i]);
        }
        Arrays.sort(
                order,
                Comparator.<Integer, java.text.CollationKey>comparing(i -> keys[i])
                        .thenComparingLong(i -> ids[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static List<MonthRow> months(SparseSums cells, int[] rank) {
        long[] keys = cells.sortedKeys();
        List<MonthRow> result = new ArrayList<>();
        MonthRow undated = null;
        int from = 0;
        while (from < keys.length) {
            long monthKey = keys[from] >>> PRODUCT_BITS;
            int to = from;
            while (to < keys.length && keys[to] >>> PRODUCT_BITS == monthKey) {
                to++;
            }
            int[] productPositions = new int[to - from];
            long[] quantities = new long[to - from];
            long total = 0;
            for (int c = from; c < to; c++) {
                int product = (int) (keys[c] & PRODUCT_MASK);
                productPositions[c - from] = product == OTHER_PRODUCT_KEY ? MonthRow.OTHER_PRODUCTS : rank[product];
                quantities[c - from] = cells.get(keys[c]);
                total += quantities[c - from];
            }
            sortByProduct(productPositions, quantities);
            YearMonth month =
                    monthKey == 0 ? null : YearMonth.of((int) ((monthKey - 1) / 12), (int) ((monthKey - 1) % 12) + 1);
            MonthRow row = new MonthRow(month, total, productPositions, quantities);
            if (month == null) {
                undated = row;
            } else {
                result.add(row);
            }
            from = to;
        }
        if (undated != null) {
            result.add(undated);
        }
        return List.copyOf(result);
    }

    /** Orders two parallel arrays by the first (a customer's or month's handful of products: insertion sort). */
    private static void sortByProduct(int[] products, long[] quantities) {
        for (int i = 1; i < products.length; i++) {
            int p = products[i];
            long q = quantities[i];
            int j = i - 1;
            while (j >= 0 && products[j] > p) {
                products[j + 1] = products[j];
                quantities[j + 1] = quantities[j];
                j--;
            }
            products[j + 1] = p;
            quantities[j + 1] = q;
        }
    }

    /**
     * One product's figures.
     *
     * @param sales rows of this product (a product is reported once per sale)
     * @param customers customers with at least one such row, counted among the customers kept apart
     * @param quantityBySource the quantity split by where the product was found
     * @param salesBySource the sales split the same way
     */
    public record ProductTotal(
            String code,
            String name,
            long quantity,
            long sales,
            long customers,
            BySource quantityBySource,
            BySource salesBySource) {
        public ProductTotal {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A figure split by {@link MatchSource}; the parts add up to {@link #total()}. */
    public record BySource(long quoteLine, long udf, long heading) {
        private BySource(long[] bySource) {
            this(
                    bySource[MatchSource.QUOTE_LINE.ordinal()],
                    bySource[MatchSource.UDF.ordinal()],
                    bySource[MatchSource.HEADING.ordinal()]);
        }

        public long of(MatchSource source) {
            return switch (source) {
                case QUOTE_LINE -> quoteLine;
                case UDF -> udf;
                case HEADING -> heading;
            };
        }

        public long total() {
            return quoteLine + udf + heading;
        }
    }

    /**
     * One customer's row of the customer-product table, sparse: only the products with a quantity.
     *
     * @param customerId 0 for {@link ReportTotals#otherCustomers()}
     * @param name null for {@link ReportTotals#otherCustomers()}
     * @param quantity the sum of {@code quantities}
     * @param sales sales of this customer with a product
     * @param products positions in {@link ReportTotals#products()}, ascending
     * @param quantities the quantity of the product at the same index of {@code products}
     */
    public record CustomerRow(
            long customerId, String name, long quantity, long sales, int[] products, long[] quantities) {

        /** The quantity of the product at this position of {@link ReportTotals#products()}; 0 when it has none. */
        public long quantityOf(int product) {
            int at = Arrays.binarySearch(products, product);
            return at < 0 ? 0 : quantities[at];
        }
    }

    /**
     * One month's quantities per product, sparse.
     *
     * @param month null for the rows without a sale date
     * @param products positions in {@link ReportTotals#products()}, ascending, then {@link #OTHER_PRODUCTS} if any
     */
    public record MonthRow(YearMonth month, long quantity, int[] products, long[] quantities) {
        /** Products past {@link ReportTotals#MAX_MONTH_PRODUCTS} (month, product) pairs, summed. */
        public static final int OTHER_PRODUCTS = Integer.MAX_VALUE;

        public long quantityOf(int product) {
            int at = Arrays.binarySearch(products, product);
            return at < 0 ? 0 : quantities[at];
        }
    }

    /**
     * A word of headings that matched nothing.
     *
     * @param count in how many unmatched headings it appears
     * @param examples the first sales it appeared in (at most two)
     */
    public record UnmatchedWord(String word, long count, List<SaleExample> examples) {
        public UnmatchedWord {
            Objects.requireNonNull(word, "word");
            examples = List.copyOf(examples);
        }
    }

    /** A sale as the reader of a report finds it in the CRM: its id, the customer and the heading as written. */
    public record SaleExample(long saleId, String customerName, String heading) {
        public SaleExample {
            customerName = Objects.requireNonNullElse(customerName, "");
            heading = Objects.requireNonNullElse(heading, "");
        }
    }

    /**
     * Adds rows up as they are written. Rows of one sale must come together (the report use case writes a sale's
     * rows at once), so that a sale is counted once per customer. Not thread-safe; one per run.
     */
    public static final class Tally {
        private final int maxCustomers;
        private final int maxCustomerProducts;
        private final int maxMonthProducts;

        private final Map<String, Integer> productIndex = new HashMap<>();
        private String[] productCodes = new String[16];
        private String[] productNames = new String[16];
        private long[] productQuantity = new long[16];
        private long[] productSales = new long[16];
        private long[] productCustomers = new long[16];
        private long[][] productQuantityBySource = new long[16][];
        private long[][] productSalesBySource = new long[16][];
        private int productCount;

        private final SparseSums customerIndex = new SparseSums();
        private long[] customerIds = new long[64];
        private String[] customerNames = new String[64];
        private long[] customerQuantities = new long[64];
        private long[] customerSales = new long[64];
        private long[] customerLastSale = new long[64];
        private int customerCount;

        private final SparseSums customerCells = new SparseSums();
        private final SparseSums monthCells = new SparseSums();

        private long quantity;
        private long rows;
        private long sales;
        private long lastSale;
        private long otherRows;
        private long otherQuantity;
        private long otherSales;
        private long otherLastSale;

        public Tally() {
            this(MAX_CUSTOMERS, MAX_CUSTOMER_PRODUCTS, MAX_MONTH_PRODUCTS);
        }

        /** Smaller bounds, for tests of what happens past them. */
        Tally(int maxCustomers, int maxCustomerProducts, int maxMonthProducts) {
            this.maxCustomers = maxCustomers;
            this.maxCustomerProducts = maxCustomerProducts;
            this.maxMonthProducts = maxMonthProducts;
        }

        /** Counts a row with a product; a row without one (an unmatched sale) counts nothing. */
        public void add(ReportRow row) {
            if (!row.matched()) {
                return;
            }
            int product = product(row);
            int quantityOfRow = row.quantity();
            quantity += quantityOfRow;
            rows++;
            if (row.saleId() != lastSale) {
                sales++;
                lastSale = row.saleId();
            }
            int source = row.source().ordinal();
            productQuantity[product] += quantityOfRow;
            productSales[product]++;
            productQuantityBySource[product][source] += quantityOfRow;
            productSalesBySource[product][source]++;
            addToCustomer(row, product, quantityOfRow);
            addToMonth(row.saleDate(), product, quantityOfRow);
        }

        /** The totals so far, with the unmatched words the run found; the tally must not be used after. */
        public ReportTotals totals(List<UnmatchedWord> unmatchedWords) {
            return new ReportTotals(this, unmatchedWords);
        }

        private void addToCustomer(ReportRow row, int product, int quantityOfRow) {
            int customer = customer(row);
            long cell = customer < 0 ? -1 : (long) customer << PRODUCT_BITS | product;
            if (customer >= 0 && !customerCells.contains(cell) && customerCells.size() >= maxCustomerProducts) {
                customer = -1;
            }
            if (customer < 0) {
                otherRows++;
                otherQuantity += quantityOfRow;
                if (row.saleId() != otherLastSale) {
                    otherSales++;
                    otherLastSale = row.saleId();
                }
                customerCells.add((long) maxCustomers << PRODUCT_BITS | product, quantityOfRow);
                return;
            }
            if (!customerCells.contains(cell)) {
                productCustomers[product]++;
            }
            customerCells.add(cell, quantityOfRow);
            customerQuantities[customer] += quantityOfRow;
            if (row.saleId() != customerLastSale[customer]) {
                customerSales[customer]++;
                customerLastSale[customer] = row.saleId();
            }
        }

        private void addToMonth(LocalDate date, int product, int quantityOfRow) {
            long month = date == null || date.getYear() < 1 ? 0 : date.getYear() * 12L + date.getMonthValue();
            long cell = month << PRODUCT_BITS | product;
            if (!monthCells.contains(cell) && monthCells.size() >= maxMonthProducts) {
                cell = month << PRODUCT_BITS | OTHER_PRODUCT_KEY;
            }
            monthCells.add(cell, quantityOfRow);
        }

        /** The index of the row's customer, -1 when past the bound; a sale without customer has id 0 and counts too. */
        private int customer(ReportRow row) {
            long key = row.customerId();
            if (customerIndex.contains(key)) {
                return (int) customerIndex.get(key);
            }
            if (customerCount >= maxCustomers) {
                return -1;
            }
            if (customerCount == customerIds.length) {
                int size = customerCount * 2;
                customerIds = Arrays.copyOf(customerIds, size);
                customerNames = Arrays.copyOf(customerNames, size);
                customerQuantities = Arrays.copyOf(customerQuantities, size);
                customerSales = Arrays.copyOf(customerSales, size);
                customerLastSale = Arrays.copyOf(customerLastSale, size);
            }
            customerIds[customerCount] = key;
            customerNames[customerCount] = row.customerName();
            customerIndex.add(key, customerCount);
            return customerCount++;
        }

        private int product(ReportRow row) {
            Integer known = productIndex.get(row.productCode());
            if (known != null) {
                return known;
            }
            if (productCount == OTHER_PRODUCT_KEY) {
                throw new IllegalStateException("more than " + OTHER_PRODUCT_KEY + " products in one report");
            }
            if (productCount == productCodes.length) {
                int size = productCount * 2;
                productCodes = Arrays.copyOf(productCodes, size);
                productNames = Arrays.copyOf(productNames, size);
                productQuantity = Arrays.copyOf(productQuantity, size);
                productSales = Arrays.copyOf(productSales, size);
                productCustomers = Arrays.copyOf(productCustomers, size);
                productQuantityBySource = Arrays.copyOf(productQuantityBySource, size);
                productSalesBySource = Arrays.copyOf(productSalesBySource, size);
            }
            productCodes[productCount] = row.productCode();
            productNames[productCount] = row.productName();
            productQuantityBySource[productCount] = new long[MatchSource.values().length];
            productSalesBySource[productCount] = new long[MatchSource.values().length];
            productIndex.put(row.productCode(), productCount);
            return productCount++;
        }
    }
}
