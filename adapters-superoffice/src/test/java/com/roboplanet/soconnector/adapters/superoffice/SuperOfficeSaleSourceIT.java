package com.roboplanet.soconnector.adapters.superoffice;

import static com.roboplanet.soconnector.adapters.superoffice.SandboxFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SuperOfficeSaleSourceIT {
    private static final int SALES = 600;
    private static final int PAGE = 50;
    private static List<Long> expectedIds;

    private static SuperOfficeSandbox start(Faults faults) {
        return start(faults, Scenarios.none(), SALES);
    }

    private static SuperOfficeSandbox start(Faults faults, Scenarios scenarios, int sales) {
        return SandboxFixture.start(SandboxOptions.builder()
                .port(0)
                .salesCount(sales)
                .faults(faults)
                .scenarios(scenarios)
                .build());
    }

    @BeforeAll
    static void readWithoutFaults() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            expectedIds =
                    read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper()).ids();
        }
    }

    @Test
    void read_all_deliversOnlySalesWithCustomerNewestFirst() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            SandboxFixture.Read result = read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper());
            assertThat(result.sales()).isNotEmpty().hasSizeLessThan(SALES).allMatch(s -> s.customer() != null);
            assertThat(result.ids())
                    .doesNotHaveDuplicates()
                    .isEqualTo(expectedIds)
                    .isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(result.report().check())
                    .isEqualTo(new SaleSourceReport.ReadCheck(result.sales().size(), 0, 0, 0));
            assertThat(result.report().query())
                    .startsWith("GET v1/Sale?$select=saleId,heading,date,")
                    .contains("$filter=contact/contactId gt 0")
                    .contains("$orderBy=saleId desc");
            assertThat(result.report().customerFilterApplied()).isTrue();
            assertThat(result.report().notes()).isEmpty();
        }
    }

    @Test
    void read_whenTokenExpiresMidScan_deliversSameSales() {
        try (SuperOfficeSandbox sandbox = start(Faults.builder().tokenMaxUses(3).build());
                SentRequests sent = new SentRequests()) {
            assertThat(read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper())
                            .ids())
                    .isEqualTo(expectedIds);
            assertThat(sent.answered(401)).isPositive();
        }
    }

    @Test
    void read_when429WithRetryAfter_honoursTheWaitAndDeliversSameSales() {
        RecordingSleeper sleeper = new RecordingSleeper();
        try (SuperOfficeSandbox sandbox =
                        start(Faults.builder().rateLimitEveryNth(4, 2).build());
                SentRequests sent = new SentRequests()) {
            assertThat(read(sandbox, PAGE, SaleQuery.all(), sleeper).ids()).isEqualTo(expectedIds);
            long rejected = sent.answered(429);
            assertThat(rejected).isPositive();
            assertThat(sleeper.waits().stream()
                            .filter(Duration.ofSeconds(2)::equals)
                            .count())
                    .isEqualTo(rejected);
        }
    }

    @Test
    void read_when429AsksForMoreThanMaxRetryWait_failsNamingTheWait() {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().rateLimitEveryNth(2, 600).build())) {
            assertThatThrownBy(() -> read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper()))
                    .isInstanceOfSatisfying(
                            SaleSourceException.class,
                            e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.UNAVAILABLE))
                    .hasMessageContaining("600 s")
                    .hasMessageContaining("SO_MAX_RETRY_WAIT");
        }
    }

    @Test
    void read_when503Burst_backsOffAndDeliversSameSales() {
        RecordingSleeper sleeper = new RecordingSleeper();
        try (SuperOfficeSandbox sandbox =
                        start(Faults.builder().burst(503, 3, 4).build());
                SentRequests sent = new SentRequests()) {
            List<Long> ids = new ArrayList<>();
            // Jitter pinned at one half: every back-off waits at least 250 ms, every rate-limit wait (1000/s) under 1.
            try (SuperOfficeConnection connection = SuperOfficeConnection.open(
                    SandboxFixture.settings(sandbox, PAGE), Clock.systemUTC(), sleeper, () -> 0.5)) {
                connection.saleSource().read(SaleQuery.all(), sale -> ids.add(sale.id()));
            }
            assertThat(ids).isEqualTo(expectedIds);
            assertThat(sent.answered(503)).isEqualTo(4);
            assertThat(sleeper.waits())
                    .filteredOn(w -> w.compareTo(Duration.ofMillis(100)) > 0)
                    .hasSize(4)
                    .allMatch(w -> w.compareTo(SuperOfficeConnection.BACKOFF_CAP) < 0);
        }
    }

    @Test
    void read_when503OutlastsRetries_failsAsUnavailable() {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().burst(503, 2, 50).build())) {
            assertThatThrownBy(() -> read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper()))
                    .isInstanceOfSatisfying(
                            SaleSourceException.class,
                            e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.UNAVAILABLE))
                    .hasMessageContaining("503")
                    .hasMessageContaining("GET v1/Sale")
                    .hasMessageContaining("after 6 attempts");
        }
    }

    @Test
    void read_whenConnectionDropped_retriesAndDeliversSameSales() {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().dropConnectionOnRequest(3).build())) {
            assertThat(read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper())
                            .ids())
                    .isEqualTo(expectedIds);
        }
    }

    @Test
    void read_whenHostMovesMidScan_rediscoversOn421AndDeliversSameSales() {
        try (SuperOfficeSandbox sandbox = start(Faults.none());
                SentRequests sent = new SentRequests();
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, PAGE), Clock.systemUTC(), new RecordingSleeper())) {
            List<Long> ids = new ArrayList<>();
            connection.saleSource().read(SaleQuery.all(), sale -> {
                if (ids.size() == PAGE * 2) {
                    sandbox.moveHost();
                }
                ids.add(sale.id());
            });
            assertThat(ids).isEqualTo(expectedIds);
            assertThat(sent.answered(421)).isEqualTo(1);
        }
    }

    @Test
    void read_whenRefreshTokenRevoked_failsAccessDeniedListingCauses() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            sandbox.revokeRefreshToken();
            assertThatThrownBy(() -> read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper()))
                    .isInstanceOfSatisfying(
                            SaleSourceException.class,
                            e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.ACCESS_DENIED))
                    .hasMessageContaining("access_denied")
                    .hasMessageContaining("consent")
                    .hasMessageContaining("SO_CLIENT_SECRET")
                    .hasMessageContaining("SO_ENVIRONMENT");
        }
    }

    @Test
    void read_whenPageIsMalformedJson_failsAsBadResponseNamingTheRoute() {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().malformedSalePage(2).build())) {
            assertThatThrownBy(() -> read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper()))
                    .isInstanceOfSatisfying(
                            SaleSourceException.class,
                            e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.BAD_RESPONSE))
                    .hasMessageContaining("GET v1/Sale?")
                    .hasMessageContaining("saleId lt " + expectedIds.get(PAGE - 1))
                    .hasMessageContaining("not valid JSON")
                    .hasMessageNotContaining("com.fasterxml");
        }
    }

    @Test
    void read_whenTenantRefusesCustomerFilter_deliversAllSalesForTheReportToSkipAndSaysSo() {
        try (SuperOfficeSandbox sandbox = start(Faults.none(), Scenarios.none().withRefusedContactFilter(), SALES)) {
            SandboxFixture.Read result = read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper());
            assertThat(result.sales().stream()
                            .filter(s -> s.customer() != null)
                            .map(Sale::id)
                            .toList())
                    .isEqualTo(expectedIds);
            assertThat(result.sales()).anyMatch(s -> s.customer() == null);
            assertThat(result.report().customerFilterApplied()).isFalse();
            assertThat(result.report().notes())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("refused the filter 'contact/contactId gt 0'")
                    .contains("skipped by the report");
            assertThat(result.report().query()).doesNotContain("contact/contactId gt 0");
        }
    }

    @Test
    void read_withLimit_deliversTheNewestInOneRequestForOneMore() {
        try (SuperOfficeSandbox sandbox = start(Faults.none());
                SentRequests sent = new SentRequests()) {
            SandboxFixture.Read result = read(sandbox, PAGE, SaleQuery.latest(7), new RecordingSleeper());
            assertThat(result.ids()).isEqualTo(expectedIds.subList(0, 7));
            assertThat(sent.count("GET v1/Sale?")).isEqualTo(1);
            // One more than the limit, so that the summary can say that the limit cut the read short.
            assertThat(result.report().query()).contains("$top=8");
            assertThat(result.report().limitedOfAtLeast()).isEqualTo(8);
        }
    }

    @Test
    void read_withSince_deliversOnlySalesOnOrAfterThatDay() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            List<Sale> all =
                    read(sandbox, PAGE, SaleQuery.all(), new RecordingSleeper()).sales();
            LocalDate since = all.get(all.size() / 2).date();
            SandboxFixture.Read result =
                    read(sandbox, PAGE, new SaleQuery(0, since, null, true), new RecordingSleeper());
            assertThat(result.sales())
                    .isNotEmpty()
                    .allMatch(s -> !s.date().isBefore(since))
                    .containsExactlyElementsOf(all.stream()
                            .filter(s -> s.date() != null && !s.date().isBefore(since))
                            .toList());
            assertThat(result.report().query()).contains("date after '" + since.minusDays(1) + "'");
        }
    }

    @Test
    void read_whenConsumerFails_propagatesItAndStopsPaging() {
        try (SuperOfficeSandbox sandbox = start(Faults.none());
                SentRequests sent = new SentRequests();
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, PAGE), Clock.systemUTC(), new RecordingSleeper())) {
            assertThatThrownBy(() -> connection.saleSource().read(SaleQuery.all(), sale -> {
                        throw new IllegalStateException("sink full");
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("sink full");
            // The first page, and at most the one prefetched while the consumer failed.
            assertThat(sent.count("GET v1/Sale?")).isBetween(1L, 2L);
        }
    }

    @Test
    void read_whenContextIdentifierIsAnotherTenant_failsAsInvalidInputNamingBoth() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            var c = sandbox.credentials();
            SuperOfficeSettings wrongTenant = SuperOfficeSettings.of(
                    c.clientId(),
                    c.clientSecret(),
                    c.refreshToken(),
                    "sandbox",
                    "Cust00000",
                    java.net.URI.create(sandbox.loginUrl()));
            try (SuperOfficeConnection connection =
                    SuperOfficeConnection.open(wrongTenant, Clock.systemUTC(), new RecordingSleeper())) {
                assertThatThrownBy(() -> connection.saleSource().read(SaleQuery.all(), sale -> {}))
                        .isInstanceOfSatisfying(
                                SaleSourceException.class,
                                e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.INVALID_INPUT))
                        .hasMessageContaining(c.contextIdentifier())
                        .hasMessageContaining("SO_CONTEXT_IDENTIFIER is Cust00000");
            }
        }
    }
}
