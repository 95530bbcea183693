package com.roboplanet.soconnector.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.CustomerRow;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.MonthRow;
import com.roboplanet.soconnector.domain.port.out.ReportTotals.ProductTotal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ReportTotalsTest {
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 5);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);

    @Test
    void totals_fewRows_sumPerProductCustomerAndMonth() {
        List<ReportRow> rows = List.of(
                row(1, MARCH, 7, "Zeta AG", "OMNIE", 2, MatchSource.HEADING),
                row(1, MARCH, 7, "Zeta AG", "BELLA", 1, MatchSource.HEADING),
                row(2, APRIL, 8, "Adler GmbH", "OMNIE", 5, MatchSource.QUOTE_LINE),
                row(3, null, 7, "Zeta AG", "OMNIE", 1, MatchSource.UDF),
                ReportRow.unmatched(new com.roboplanet.soconnector.domain.model.Sale(
                        4,
                        "Reparatur",
                        MARCH,
                        new com.roboplanet.soconnector.domain.model.Customer(9, "Kunz"),
                        "",
                        null)));

        ReportTotals totals = ReportTotals.of(rows, List.of());

        assertThat(totals.quantity()).isEqualTo(9);
        assertThat(totals.rows()).isEqualTo(4);
        assertThat(totals.sales()).isEqualTo(3);
        assertThat(totals.products()).extracting(ProductTotal::code).containsExactly("OMNIE", "BELLA");
        ProductTotal omnie = totals.products().get(0);
        assertThat(omnie.quantity()).isEqualTo(8);
        assertThat(omnie.sales()).isEqualTo(3);
        assertThat(omnie.customers()).isEqualTo(2);
        assertThat(omnie.quantityBySource()).isEqualTo(new ReportTotals.BySource(5, 1, 2));
        assertThat(omnie.salesBySource()).isEqualTo(new ReportTotals.BySource(1, 1, 1));
        List<CustomerRow> customers = list(totals.customersByName());
        assertThat(customers).extracting(CustomerRow::name).containsExactly("Adler GmbH", "Zeta AG");
        CustomerRow zeta = customers.get(1);
        assertThat(zeta.quantity()).isEqualTo(4);
        assertThat(zeta.sales()).isEqualTo(2);
        assertThat(zeta.quantityOf(0)).isEqualTo(3);
        assertThat(zeta.quantityOf(1)).isEqualTo(1);
        assertThat(totals.topCustomers(1)).extracting(CustomerRow::name).containsExactly("Adler GmbH");
        assertThat(totals.months())
                .extracting(MonthRow::month)
                .containsExactly(YearMonth.of(2024, 3), YearMonth.of(2024, 4), null);
        assertThat(totals.months()).extracting(MonthRow::quantity).containsExactly(3L, 5L, 1L);
        assertThat(totals.otherCustomers()).isEmpty();
    }

    @Test
    void customersByName_umlautsAndCase_sortAsAReaderWould() {
        List<ReportRow> rows = List.of(
                row(1, MARCH, 1, "Zander", "A", 1, MatchSource.HEADING),
                row(2, MARCH, 2, "Ärztehaus", "A", 1, MatchSource.HEADING),
                row(3, MARCH, 3, "adler", "A", 1, MatchSource.HEADING),
                row(4, MARCH, 4, "Bäcker", "A", 1, MatchSource.HEADING));

        assertThat(list(ReportTotals.of(rows, List.of()).customersByName()))
                .extracting(CustomerRow::name)
                .containsExactly("adler", "Ärztehaus", "Bäcker", "Zander");
    }

    /** Generated runs: every way of adding up gives the same figures as summing the rows directly. */
    @Test
    void totals_generatedRuns_agreeWithTheRowsEveryWay() {
        Random random = new Random(17);
        for (int run = 0; run < 50; run++) {
            List<ReportRow> rows = generated(random, 1 + random.nextInt(400));
            // Small bounds in half the runs, so that folding is exercised as often as not.
            boolean small = run % 2 == 0;
            ReportTotals.Tally tally = small ? new ReportTotals.Tally(5, 12, 7) : new ReportTotals.Tally();
            rows.forEach(tally::add);
            ReportTotals totals = tally.totals(List.of());

            Map<String, Long> byProduct = new HashMap<>();
            long all = 0;
            for (ReportRow row : rows) {
                byProduct.merge(row.productCode(), (long) row.quantity(), Long::sum);
                all += row.quantity();
            }
            assertThat(totals.quantity()).isEqualTo(all);
            for (ProductTotal product : totals.products()) {
                assertThat(product.quantity()).isEqualTo(byProduct.get(product.code()));
                assertThat(product.quantityBySource().total()).isEqualTo(product.quantity());
            }
            long[] columns = new long[totals.products().size()];
            long customerSum = 0;
            List<CustomerRow> customerRows = new ArrayList<>(list(totals.customersByName()));
            totals.otherCustomers().ifPresent(customerRows::add);
            for (CustomerRow customer : customerRows) {
                long rowSum = 0;
                for (int i = 0; i < customer.products().length; i++) {
                    columns[customer.products()[i]] += customer.quantities()[i];
                    rowSum += customer.quantities()[i];
                }
                assertThat(rowSum).isEqualTo(customer.quantity());
                customerSum += rowSum;
            }
            assertThat(customerSum).isEqualTo(all);
            for (int p = 0; p < columns.length; p++) {
                assertThat(columns[p]).isEqualTo(totals.products().get(p).quantity());
            }
            assertThat(totals.months().stream().mapToLong(MonthRow::quantity).sum())
                    .isEqualTo(all);
            if (small) {
                assertThat(totals.customerCount()).isLessThanOrEqualTo(5);
            }
            assertThat(totals.otherCustomers().isPresent()).isEqualTo(totals.foldedRows() > 0);
        }
    }

    @Test
    void tally_pastTheCustomerBound_foldsTheRestIntoOtherCustomers() {
        ReportTotals.Tally tally = new ReportTotals.Tally(2, 100, 100);
        tally.add(row(1, MARCH, 1, "A", "P", 1, MatchSource.HEADING));
        tally.add(row(2, MARCH, 2, "B", "P", 2, MatchSource.HEADING));
        tally.add(row(3, MARCH, 3, "C", "P", 4, MatchSource.HEADING));
        tally.add(row(4, MARCH, 4, "D", "Q", 8, MatchSource.HEADING));

        ReportTotals totals = tally.totals(List.of());

        assertThat(totals.customerCount()).isEqualTo(2);
        assertThat(totals.foldedRows()).isEqualTo(2);
        CustomerRow other = totals.otherCustomers().orElseThrow();
        assertThat(other.quantity()).isEqualTo(12);
        assertThat(other.sales()).isEqualTo(2);
        assertThat(other.name()).isNull();
        assertThat(totals.quantity()).isEqualTo(15);
    }

    @Test
    void tally_pastTheMonthBound_countsFurtherProductsAsOther() {
        ReportTotals.Tally tally = new ReportTotals.Tally(10, 10, 1);
        tally.add(row(1, MARCH, 1, "A", "P", 1, MatchSource.HEADING));
        tally.add(row(2, MARCH, 1, "A", "Q", 2, MatchSource.HEADING));

        MonthRow march = tally.totals(List.of()).months().get(0);

        assertThat(march.quantity()).isEqualTo(3);
        assertThat(march.quantityOf(MonthRow.OTHER_PRODUCTS)).isEqualTo(2);
    }

    @Test
    void empty_noRows_hasNothing() {
        ReportTotals totals = ReportTotals.empty();

        assertThat(totals.products()).isEmpty();
        assertThat(totals.customersByName()).isEmpty();
        assertThat(totals.months()).isEmpty();
        assertThat(totals.quantity()).isZero();
    }

    private static List<ReportRow> generated(Random random, int sales) {
        List<ReportRow> rows = new ArrayList<>();
        MatchSource[] sources = MatchSource.values();
        for (int sale = 1; sale <= sales; sale++) {
            long customer = 1 + random.nextInt(20);
            LocalDate date =
                    random.nextInt(10) == 0 ? null : LocalDate.of(2020 + random.nextInt(4), 1 + random.nextInt(12), 1);
            int products = 1 + random.nextInt(3);
            for (int p = 0; p < products; p++) {
                rows.add(row(
                        sale,
                        date,
                        customer,
                        "Customer " + customer,
                        "P" + (p * 7 + random.nextInt(7)),
                        1 + random.nextInt(30),
                        sources[random.nextInt(sources.length)]));
            }
        }
        return rows;
    }

    static ReportRow row(
            long sale, LocalDate date, long customer, String name, String code, int quantity, MatchSource source) {
        QuantitySource quantitySource = switch (source) {
            case QUOTE_LINE -> QuantitySource.QUOTE_LINE;
            case UDF -> QuantitySource.UDF;
            case HEADING -> QuantitySource.MARKER;
        };
        return new ReportRow(
                sale,
                date,
                customer,
                name,
                "Rep",
                "heading " + sale,
                code,
                code + " name",
                quantity,
                code,
                source,
                quantitySource);
    }

    private static <T> List<T> list(Iterable<T> iterable) {
        return StreamSupport.stream(iterable.spliterator(), false).toList();
    }
}
