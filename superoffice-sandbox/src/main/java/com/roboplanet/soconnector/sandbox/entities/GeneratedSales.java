package com.roboplanet.soconnector.sandbox.entities;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The generated sales: sale at position k has id {@code FIRST_ID + k} and is computed from (seed, k) on every call,
 * so a million sales cost no memory. Dates never decrease with the id (at day resolution, so many sales share a date).
 */
final class GeneratedSales implements SaleStore {
    static final int FIRST_ID = 341_001;
    static final int OMNIE_SALE_ID = 342_243;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    private static final int SPAN_DAYS = 3 * 365;
    private static final long UDEF_SALT = 0x5544_4546L;
    private static final long QUOTE_SALT = 0x5155_4F54L;
    /** One quote in this many has several alternatives or versions (four shapes, see {@link #quote}). */
    static final int SEVERAL_ALTERNATIVES_ONE_IN = 64;

    private final long seed;
    private final int size;
    private final Customers customers;
    private final Headings headings = new Headings();

    GeneratedSales(long seed, int size, Customers customers) {
        this.seed = seed;
        this.size = size;
        this.customers = customers;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean ordered() {
        return true;
    }

    @Override
    public OptionalInt indexOf(int saleId) {
        long index = (long) saleId - FIRST_ID;
        return index >= 0 && index < size ? OptionalInt.of((int) index) : OptionalInt.empty();
    }

    @Override
    public SaleRow at(int index) {
        long hash = Mix.of(seed, index);
        int saleId = FIRST_ID + index;
        boolean omnie = saleId == OMNIE_SALE_ID;
        Headings.Heading heading =
                omnie ? new Headings.Heading("2xOmnie CD-01 mit Nachlass", 7, 2) : headings.pick(hash);
        boolean withCustomer = omnie || Mix.pick(hash, 20, 3) != 0;
        int contactId = withCustomer ? 1 + Mix.pick(hash, 24, customers.count()) : 0;
        int personId = withCustomer ? 2 * contactId - Mix.pick(hash, 40, 2) : 0;
        LocalDateTime date = FIRST_DAY.plusDays((long) index * SPAN_DAYS / size).atStartOfDay();
        int status = 1 + Mix.pick(hash, 44, 4);
        LocalDateTime updated = Mix.pick(hash, 48, 4) == 0
                ? null
                : date.plusDays(Mix.pick(hash, 50, 30)).plusHours(9);
        boolean quoted = heading.productId() > 0 && (omnie || Mix.pick(hash, 56, 5) < 2);
        List<QuoteLineRow> lines = quoted ? quoteLines(saleId, heading, omnie) : List.of();
        double amount = heading.productId() == 0
                ? 0
                : lines.isEmpty()
                        ? heading.quantity()
                                * Catalog.product(heading.productId()).listPrice()
                        : lines.stream().mapToDouble(QuoteLineRow::totalPrice).sum();
        return new SaleRow(
                saleId,
                heading.text(),
                date,
                amount,
                status,
                contactId,
                withCustomer ? customers.customer(contactId).orElseThrow().name() : "",
                personId,
                1 + Mix.pick(hash, 60, 6),
                updated,
                lines,
                udefs(index, heading, omnie),
                quoted ? quote(index, saleId, heading, lines, omnie) : null);
    }

    /**
     * The sale's quote. The alternative that counts always carries {@code lines} under the sale's id, so that reports
     * read the same lines whatever the quote's shape; about one quote in {@value #SEVERAL_ALTERNATIVES_ONE_IN} has one
     * of four shapes with a second alternative (another product, one more of it) that must not be read: a favourite
     * that is not the first alternative, an accepted alternative beside another favourite, an older version, and two
     * alternatives without favourite (the active version's first counts). A separate hash, so that adding quote shapes
     * changed no earlier column.
     */
    private SaleQuote quote(int index, int saleId, Headings.Heading heading, List<QuoteLineRow> lines, boolean omnie) {
        int shape = omnie ? 4 : Mix.pick(Mix.of(seed ^ QUOTE_SALT, index), 0, 4 * SEVERAL_ALTERNATIVES_ONE_IN);
        if (shape > 3) return SaleQuote.single(saleId, lines);
        int other = saleId + SaleQuote.OTHER_ID_OFFSET;
        Product otherProduct = Catalog.product(1 + heading.productId() % Catalog.PRODUCTS.size());
        SaleQuote.Alternative counted = new SaleQuote.Alternative(saleId, saleId, "Alternative 1", lines);
        SaleQuote.Alternative otherOffer = new SaleQuote.Alternative(
                other,
                shape == 2 ? other : saleId,
                "Alternative 2",
                List.of(line(other, 1, otherProduct, heading.quantity() + 1, otherProduct.listPrice())));
        return switch (shape) {
            case 0 ->
                new SaleQuote(saleId, 0, saleId, List.of(new SaleQuote.Version(saleId, List.of(otherOffer, counted))));
            case 1 ->
                new SaleQuote(
                        saleId, saleId, other, List.of(new SaleQuote.Version(saleId, List.of(counted, otherOffer))));
            case 2 ->
                new SaleQuote(
                        saleId,
                        0,
                        0,
                        List.of(
                                new SaleQuote.Version(other, List.of(otherOffer)),
                                new SaleQuote.Version(saleId, List.of(counted))));
            default ->
                new SaleQuote(saleId, 0, 0, List.of(new SaleQuote.Version(saleId, List.of(counted, otherOffer))));
        };
    }

    /**
     * One sale in eight with a product (and the Omnie sale, as the first team saw it) carries that product's code in
     * the Artikelnummer field; a separate hash so that adding the fields changed no earlier column.
     */
    private Map<String, String> udefs(int index, Headings.Heading heading, boolean omnie) {
        boolean carriesCode =
                heading.productId() > 0 && (omnie || Mix.pick(Mix.of(seed ^ UDEF_SALT, index), 0, 8) == 0);
        return carriesCode
                ? SaleUdefs.article(Catalog.product(heading.productId()).code(), heading.quantity())
                : SaleUdefs.none();
    }

    private static List<QuoteLineRow> quoteLines(int saleId, Headings.Heading heading, boolean discounted) {
        List<QuoteLineRow> lines = new ArrayList<>(2);
        Product main = Catalog.product(heading.productId());
        double price = discounted ? main.listPrice() * 0.9 : main.listPrice();
        lines.add(line(saleId, 1, main, heading.quantity(), price));
        if (main.familyId() <= 2) {
            Product station = Catalog.product(main.familyId() == 1 ? 9 : 10);
            lines.add(line(saleId, 2, station, heading.quantity(), station.listPrice()));
        }
        return lines;
    }

    private static QuoteLineRow line(int saleId, int rank, Product product, int quantity, double price) {
        return new QuoteLineRow(
                saleId * 10 + rank,
                rank,
                product.name(),
                product.code(),
                product.code(),
                quantity,
                price,
                Integer.toString(product.familyId()));
    }
}
