package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault tests of {@link SuperOfficeSaleSourceIT} with quote lines, where the sale pages, the quote-line pages and
 * the Quote-agent calls are in flight together: a token that expires, 429 with {@code Retry-After}, a 503 burst, a
 * dropped connection and a host move mid-scan each leave the sales and their lines exactly as a read without faults.
 */
class PipelinedFaultsIT {
    private static final int SALES = 1500;
    private static final int PAGE = 100;
    private static List<Sale> expected;

    private static SuperOfficeSandbox start(Faults faults) {
        return SandboxFixture.start(SandboxOptions.builder()
                .port(0)
                .salesCount(SALES)
                .faults(faults)
                .build());
    }

    private static List<Sale> read(SuperOfficeSandbox sandbox, int inFlight, Runnable midScan) {
        try (SuperOfficeConnection connection = SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, PAGE).withMaxConcurrentRequests(inFlight),
                Clock.systemUTC(),
                new RecordingSleeper())) {
            List<Sale> sales = new ArrayList<>();
            AtomicBoolean done = new AtomicBoolean();
            SaleSourceReport report = connection.saleSourceWithQuoteLines().read(SaleQuery.all(), sale -> {
                if (sales.size() == 2 * PAGE && done.compareAndSet(false, true)) midScan.run();
                sales.add(sale);
            });
            // A fault must never pass for a refusal that turns quote lines off.
            assertThat(report.refusedSources()).isEmpty();
            return sales;
        }
    }

    @BeforeAll
    static void readWithoutFaults() {
        try (SuperOfficeSandbox sandbox = start(Faults.none())) {
            expected = read(sandbox, 1, () -> {});
        }
        assertThat(expected).anyMatch(sale -> !sale.quoteLines().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"token expires", "429 Retry-After", "503 burst", "dropped connection", "all of them"})
    void read_withQuoteLinesAndFaults_deliversTheSameSalesAndLines(String fault) {
        Faults faults = switch (fault) {
            // A token good for ten requests expires several times mid-scan, and still outlives the requests in flight
            // with it (a token that three requests in flight use up before the renewing one gets to it is no real
            // tenant's: tokens live an hour).
            case "token expires" -> Faults.builder().tokenMaxUses(10).build();
            case "429 Retry-After" -> Faults.builder().rateLimitEveryNth(4, 2).build();
            case "503 burst" -> Faults.builder().burst(503, 3, 4).build();
            case "dropped connection" ->
                Faults.builder().dropConnectionOnRequest(5).build();
            default ->
                Faults.builder()
                        .tokenMaxUses(10)
                        .rateLimitEveryNth(7, 1)
                        .burst(503, 11, 3)
                        .dropConnectionOnRequest(17)
                        .build();
        };
        try (SuperOfficeSandbox sandbox = start(faults);
                SentRequests sent = new SentRequests()) {
            assertThat(read(sandbox, 3, () -> {})).isEqualTo(expected);
            // The fault struck (a dropped connection has no answer to count).
            switch (fault) {
                case "token expires" -> assertThat(sent.answered(401)).isPositive();
                case "429 Retry-After" -> assertThat(sent.answered(429)).isPositive();
                case "503 burst" -> assertThat(sent.answered(503)).isPositive();
                case "all of them" ->
                    assertThat(List.of(sent.answered(401), sent.answered(429), sent.answered(503)))
                            .allMatch(answered -> answered > 0);
                default -> {}
            }
        }
    }

    @Test
    void read_withQuoteLinesWhenHostMovesMidScan_rediscoversOn421AndDeliversTheSameSalesAndLines() {
        try (SuperOfficeSandbox sandbox = start(Faults.none());
                SentRequests sent = new SentRequests()) {
            assertThat(read(sandbox, 2, sandbox::moveHost)).isEqualTo(expected);
            assertThat(sent.answered(421)).isPositive();
        }
    }
}
