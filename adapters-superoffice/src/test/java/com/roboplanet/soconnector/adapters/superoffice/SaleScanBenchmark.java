package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads every sale of a 100,000-sale sandbox through {@link SuperOfficeSaleSource} and prints wall time,
 * requests and, with injected latency, the ratio of wall time to the ideal (pages x latency / requests
 * in flight; the source keeps one page request in flight). Not a test: figures depend on the machine.
 *
 * <pre>./mvnw -B -o -q -pl adapters-superoffice test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.roboplanet.soconnector.adapters.superoffice.SaleScanBenchmark</pre>
 */
public final class SaleScanBenchmark {
    private static final int SALES = 100_000;
    private static final int PAGE = SuperOfficeSettings.DEFAULT_PAGE_SIZE;
    private static final int IN_FLIGHT = 1;

    private SaleScanBenchmark() {}

    public static void main(String[] args) {
        run("no latency, rate limit lifted", Duration.ZERO, 1000);
        run("no latency, rate limit lifted", Duration.ZERO, 1000);
        run("50 ms latency, rate limit lifted", Duration.ofMillis(50), 1000);
        run(
                "50 ms latency, default rate limit",
                Duration.ofMillis(50),
                SuperOfficeSettings.DEFAULT_MAX_REQUESTS_PER_SECOND);
    }

    private static void run(String label, Duration latency, double rate) {
        Faults faults = Faults.builder().latency(latency).build();
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .port(0)
                .salesCount(SALES)
                .faults(faults)
                .build())) {
            SuperOfficeSettings settings =
                    SandboxFixture.settings(sandbox, PAGE).withMaxRequestsPerSecond(rate);
            AtomicLong sales = new AtomicLong();
            long started = System.nanoTime();
            SaleSourceReport report;
            try (SuperOfficeConnection connection =
                    SuperOfficeConnection.open(settings, Clock.systemUTC(), Sleeper.REAL)) {
                report = connection
                        .saleSource()
                        .read(new SaleQuery(0, null, null, false), sale -> sales.incrementAndGet());
            }
            long wallMillis = (System.nanoTime() - started) / 1_000_000;
            long pages = SALES / PAGE + 1;
            String ratio = latency.isZero()
                    ? ""
                    : String.format(
                            ", ideal %d ms, wall/ideal %.2f",
                            pages * latency.toMillis() / IN_FLIGHT,
                            wallMillis / (double) (pages * latency.toMillis() / IN_FLIGHT));
            System.out.printf(
                    "%s (%.0f req/s): %,d sales, %d pages of %d, %d requests, %,d ms, %,.0f sales/s%s%n",
                    label,
                    rate,
                    sales.get(),
                    pages,
                    PAGE,
                    report.requests(),
                    wallMillis,
                    sales.get() * 1000.0 / Math.max(1, wallMillis),
                    ratio);
        }
    }
}
