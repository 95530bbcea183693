package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Throttling with {@code Retry-After} as an HTTP date while this machine's clock is minutes off the server's: the wait
 * is measured against the answer's {@code Date}, so the run waits the asked seconds either way. The clock is injected,
 * the waits recorded, so the test spends no time waiting.
 */
class RetryAfterDateIT {
    private static final Duration ASKED = Duration.ofSeconds(3);

    @ParameterizedTest(name = "server clock {0} s ahead of this machine''s")
    @ValueSource(longs = {300, -300, 0})
    void read_when429AsksForADateAndClocksDisagree_waitsTheAskedSecondsAndDeliversAllSales(long serverAhead) {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                        SandboxOptions.builder().port(0).salesCount(60).build());
                SentRequests sent = new SentRequests()) {
            List<Long> expected = SandboxFixture.read(sandbox, 10, SaleQuery.all(), new RecordingSleeper())
                    .ids();
            sandbox.rateLimitWithRetryAfterDate(2, ASKED);
            RecordingSleeper sleeper = new RecordingSleeper();
            Clock local = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-serverAhead));
            List<Sale> sales = new ArrayList<>();
            try (SuperOfficeConnection connection =
                    SuperOfficeConnection.open(SandboxFixture.settings(sandbox, 10), local, sleeper)) {
                connection.saleSource().read(SaleQuery.all(), sales::add);
            }
            assertThat(sales).extracting(Sale::id).isEqualTo(expected);
            long throttled = sent.answered(429);
            assertThat(throttled).isPositive();
            // The rate limiter's own waits are milliseconds; the Retry-After waits are whole seconds. The answer's
            // Date and Retry-After are both whole seconds, read a moment apart: 2 or 3 s.
            List<Duration> retryWaits = sleeper.waits().stream()
                    .filter(w -> w.compareTo(Duration.ofMillis(900)) > 0)
                    .toList();
            assertThat(retryWaits)
                    .hasSize((int) throttled)
                    .allSatisfy(w -> assertThat(w).isBetween(ASKED.minusSeconds(1), ASKED));
        }
    }
}
