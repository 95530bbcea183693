package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.ConcurrentEdit;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.ScenarioProduct;
import com.roboplanet.soconnector.sandbox.ScenarioSale;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads that neither stop early when the tenant silently caps its pages nor read a sale twice or skip one when sales
 * are saved or deleted between two page requests (issue 18), for every paged archive: sales (with and without quote
 * lines), products and users.
 */
class CompleteReadsIT {
    private static final int SALES = 2_000;
    private static final int FIRST_ID = 341_001;
    private static List<Long> calm;

    private static SuperOfficeSandbox start(Scenarios scenarios) {
        return SandboxFixture.start(SandboxOptions.builder()
                .port(0)
                .salesCount(SALES)
                .scenarios(scenarios)
                .build());
    }

    @BeforeAll
    static void readCalmTenant() {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none())) {
            calm = SandboxFixture.read(sandbox, 500, SaleQuery.all(), new RecordingSleeper())
                    .ids();
        }
    }

    @Test
    void read_tenantCaps200RowsAndConnectorAsks500_readsEverySaleExactlyOnceAndSaysSo() {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withRowsPerPageCap(200));
                SentRequests sent = new SentRequests()) {
            SandboxFixture.Read result = SandboxFixture.read(sandbox, 500, SaleQuery.all(), new RecordingSleeper());

            assertThat(result.ids()).doesNotHaveDuplicates().hasSameSizeAs(calm);
            assertThat(new HashSet<>(result.ids())).isEqualTo(new HashSet<>(calm));
            assertThat(result.report().check()).isEqualTo(new SaleSourceReport.ReadCheck(calm.size(), 0, 200, 500));
            assertThat(result.report().check().notes())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("the tenant returns at most 200 rows a page (500 were asked)");
            // ceil(M / 200) pages and the empty page that shows the end.
            assertThat(sent.count("GET v1/Sale?")).isEqualTo((calm.size() + 199) / 200 + 1L);
        }
    }

    @Test
    void read_latestNWithACap_readsExactlyTheNewestNWithoutAnExtraRequest() {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withRowsPerPageCap(200));
                SentRequests sent = new SentRequests()) {
            SandboxFixture.Read result =
                    SandboxFixture.read(sandbox, 500, SaleQuery.latest(300), new RecordingSleeper());

            assertThat(result.ids()).isEqualTo(calm.subList(0, 300));
            assertThat(sent.count("GET v1/Sale?")).isEqualTo(2);
            assertThat(result.report().check().matchedIfKnown())
                    .as("the read stopped at the limit")
                    .isEmpty();
        }
    }

    @Test
    void read_saleRegisteredAtTheTopAndSalesDeletedBetweenPages_noSaleTwiceNoSurvivorMissing() {
        long deletedAhead = calm.get(calm.size() / 2);
        long deletedBehind = calm.get(10);
        ConcurrentEdit edit = ConcurrentEdit.sales(
                1, List.of(newSale(FIRST_ID + SALES)), Set.of((int) deletedAhead, (int) deletedBehind));
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withEdits(List.of(edit)))) {
            SandboxFixture.Read result = SandboxFixture.read(sandbox, 50, SaleQuery.all(), new RecordingSleeper());

            List<Long> survivors = new ArrayList<>(calm);
            survivors.remove(deletedAhead);
            assertThat(result.ids()).doesNotHaveDuplicates().doesNotContain(deletedAhead);
            // Saved after the first page, above every sale read so far: it is in the next read, not this one.
            assertThat(result.ids()).doesNotContain((long) FIRST_ID + SALES);
            assertThat(result.ids()).as("read before it was deleted").contains(deletedBehind);
            assertThat(result.ids()).isEqualTo(survivors);
            assertThat(result.report().check().duplicatesDropped()).isZero();
        }
    }

    @Test
    void read_withQuoteLinesCapAndEdits_eachSaleAndItsQuoteLinesOnce() {
        long deleted = calm.get(calm.size() / 3);
        ConcurrentEdit edit = ConcurrentEdit.sales(2, List.of(newSale(FIRST_ID + SALES)), Set.of((int) deleted));
        try (SuperOfficeSandbox sandbox =
                        start(Scenarios.none().withRowsPerPageCap(120).withEdits(List.of(edit)));
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 300), Clock.systemUTC(), new RecordingSleeper())) {
            List<Sale> sales = new ArrayList<>();
            SaleSourceReport report = connection.saleSourceWithQuoteLines().read(SaleQuery.all(), sales::add);

            List<Long> survivors = new ArrayList<>(calm);
            survivors.remove(deleted);
            assertThat(sales).extracting(Sale::id).isEqualTo(survivors);
            assertThat(sales)
                    .filteredOn(Sale::hasQuote)
                    .isNotEmpty()
                    .allMatch(s -> !s.quoteLines().isEmpty()
                            && s.quoteLines().size()
                                    == s.quoteLines().stream().distinct().count());
            assertThat(report.check().rowsPerPageCap()).isEqualTo(120);
        }
    }

    @Test
    void read_columnThatRepeatsSalesPerQuoteLine_dropsTheRepeatsAndCountsThem() {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none());
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 500)
                                .withUdfColumns(List.of("quote/version/alternative/quoteline/quantity")),
                        Clock.systemUTC(),
                        new RecordingSleeper())) {
            List<Long> ids = new ArrayList<>();
            SaleSourceReport report = connection.saleSource().read(SaleQuery.all(), sale -> ids.add(sale.id()));

            assertThat(ids).isEqualTo(calm);
            assertThat(report.check().duplicatesDropped()).isPositive();
            assertThat(report.check().notes())
                    .anySatisfy(note -> assertThat(note).contains("came again for a sale already read"));
        }
    }

    @Test
    void products_tenantCapsPagesAndThePriceListChangesBetweenPages_eachSurvivingProductOnce() {
        ConcurrentEdit edit = ConcurrentEdit.products(
                1, List.of(new ScenarioProduct(17, "NEW-17", "Neues Produkt", 4, 99)), Set.of(3, 12));
        try (SuperOfficeSandbox calmSandbox = start(Scenarios.none());
                SuperOfficeSandbox sandbox =
                        start(Scenarios.none().withRowsPerPageCap(4).withEdits(List.of(edit)));
                SentRequests sent = new SentRequests();
                SuperOfficeConnection calmConnection = SuperOfficeConnection.open(
                        SandboxFixture.settings(calmSandbox, 500), Clock.systemUTC(), new RecordingSleeper());
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 10), Clock.systemUTC(), new RecordingSleeper())) {
            List<Long> before = calmConnection.catalogSource().products().stream()
                    .map(CrmProduct::id)
                    .toList();
            List<Long> read = connection.catalogSource().products().stream()
                    .map(CrmProduct::id)
                    .toList();

            List<Long> expected = new ArrayList<>(before);
            expected.remove(12L);
            expected.add(17L);
            // Product 3 was read on the first page, before it was deleted; 17 is new and after every id read so far.
            assertThat(read).doesNotHaveDuplicates().isEqualTo(expected);
            // The calm read: one page and the empty one. The capped read: 1-4, 5-8, 9-11 13, 14-17, and the empty page.
            assertThat(sent.count("GET v1/Product?")).isEqualTo(2 + 5);
        }
    }

    @Test
    void directory_usersArchiveCapsPages_findsTheUserOnTheLastPage() {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withRowsPerPageCap(2));
                SentRequests sent = new SentRequests();
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 500), Clock.systemUTC(), new RecordingSleeper())) {
            assertThat(connection.directory().rep("6").associateId()).isEqualTo(6);
            assertThat(connection
                            .directory()
                            .rep("max.hoffmann@roboplanet.example")
                            .associateId())
                    .isEqualTo(6);
            // Six users two a page, and the empty page; read once for both look-ups.
            assertThat(sent.count("GET v1/Archive/InternalUsers?")).isEqualTo(4);
        }
    }

    /** A sale registered now: the next id, the newest date, with a customer. */
    private static ScenarioSale newSale(int saleId) {
        return new ScenarioSale(
                saleId,
                "BellaBot neu",
                LocalDateTime.of(2026, 12, 31, 0, 0),
                1,
                "Hotel Adler",
                1,
                ScenarioSale.Status.OPEN,
                100,
                List.of());
    }
}
