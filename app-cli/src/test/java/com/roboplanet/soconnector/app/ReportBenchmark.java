package com.roboplanet.soconnector.app;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * {@code report --all} against a 100,000-sale sandbox on loopback: wall time, requests by kind and peak heap, and
 * with injected latency the ratio of wall time to the ideal (requests x latency / requests in flight). Not a test:
 * run it with {@code benchmarks/report-benchmark.sh}, which gives it {@code -Xmx128m}. The sandbox runs in the same
 * JVM, so the peak heap includes it. The report is written to {@code report.csv} in a temporary directory whose path
 * is printed, so that runs can be compared byte for byte.
 *
 * <p>Arguments: {@code sales latencyMs requestsPerSecond [report options...]}.
 */
public final class ReportBenchmark {
    private static final int PAGE_SIZE = 500;
    private static final int IN_FLIGHT = 2;

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sales = Integer.parseInt(args[0]);
        int latencyMs = Integer.parseInt(args[1]);
        String rate = args[2];
        Path dir = Files.createTempDirectory("report-benchmark");
        String[] reportArgs = new String[args.length - 3 + 5];
        reportArgs[0] = "--quiet";
        reportArgs[1] = "report";
        reportArgs[2] = "--all";
        reportArgs[3] = "--out";
        reportArgs[4] = dir.resolve("report.csv").toString();
        System.arraycopy(args, 3, reportArgs, 5, args.length - 3);

        Faults faults = Faults.builder().latency(Duration.ofMillis(latencyMs)).build();
        InFlight inFlight = new InFlight();
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .salesCount(sales)
                .faults(faults)
                .sleeper(inFlight::sleep)
                .build())) {
            Map<String, String> env = SandboxEnv.of(sandbox);
            env.put("SO_PAGE_SIZE", String.valueOf(PAGE_SIZE));
            env.put("SO_MAX_REQUESTS_PER_SECOND", rate);
            env.put("SO_MAX_CONCURRENT_REQUESTS", String.valueOf(IN_FLIGHT));
            MemoryPoolMXBean[] pools = ManagementFactory.getMemoryPoolMXBeans().toArray(MemoryPoolMXBean[]::new);
            for (MemoryPoolMXBean pool : pools) {
                pool.resetPeakUsage();
            }
            // The heap in use right after each collection (what the run keeps alive), the largest seen.
            AtomicLong liveAfterGc = new AtomicLong();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                            notification.getType())) return;
                                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    liveAfterGc.accumulateAndGet(after, Math::max);
                                },
                                null,
                                null);
            }
            // Heap in use, sampled: pools peak at different moments, so their peaks do not add up.
            AtomicLong sampledPeak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampledPeak.accumulateAndGet(
                            ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            StringWriter err = new StringWriter();
            inFlight.reset();
            long start = System.nanoTime();
            int code = Main.run(
                    reportArgs,
                    env,
                    dir,
                    new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)),
                    false, // as a script runs it; the settings name the sandbox tenant
                    ctx -> Modules.override(new AppModule(ctx)).with(Modules.EMPTY_MODULE));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            long peakHeap = sampledPeak.get();
            long requests = sandbox.requestLog().entries().size();
            long salePages = sandbox.requestLog().count("GET Sale");
            long quoteLinePages = sandbox.requestLog().count("GET Archive/ConfigurableArchiveQuoteLine");
            long agentCalls = sandbox.requestLog().count("POST Agents/Quote/{method}");
            System.out.println(err.toString().strip());
            System.out.printf(
                    "exit code %d; sales %d, latency %d ms, %s requests/s, args %s%n",
                    code, sales, latencyMs, rate, String.join(" ", reportArgs));
            System.out.printf(
                    "wall time %.2f s; requests %d (sale pages %d, quote-line pages %d, Quote-agent calls %d);"
                            + " peak heap in use %.1f MiB, at most %.1f MiB live after a collection, of max %.0f MiB%n",
                    seconds,
                    requests,
                    salePages,
                    quoteLinePages,
                    agentCalls,
                    peakHeap / 1048576.0,
                    liveAfterGc.get() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            System.out.println("report in " + dir.resolve("report.csv"));
            if (latencyMs > 0) {
                // The token request goes to the login host, which the latency fault does not slow.
                double ideal = (requests - 1) * latencyMs / 1000.0 / IN_FLIGHT;
                System.out.printf(
                        "ideal (requests x latency / %d in flight) %.2f s; wall / ideal %.2f%n",
                        IN_FLIGHT, ideal, seconds / ideal);
                System.out.println("time with n requests in the sandbox's latency: " + inFlight.summary());
            }
        }
    }

    /**
     * Counts the requests waiting in the sandbox's latency at each moment, so that a run shows how long the connector
     * kept 0, 1, 2... requests in flight: time at fewer than the limit is time the pipeline left unused.
     */
    private static final class InFlight {
        private final long[] nanosAt = new long[8];
        private int now;
        private long since = System.nanoTime();

        void sleep(Duration duration) throws InterruptedException {
            change(+1);
            try {
                Thread.sleep(duration.toMillis());
            } finally {
                change(-1);
            }
        }

        /** Counts from now: the sandbox's start is not part of the run. */
        synchronized void reset() {
            java.util.Arrays.fill(nanosAt, 0);
            since = System.nanoTime();
        }

        private synchronized void change(int delta) {
            long t = System.nanoTime();
            nanosAt[Math.min(now, nanosAt.length - 1)] += t - since;
            since = t;
            now += delta;
        }

        synchronized String summary() {
            change(0);
            StringBuilder text = new StringBuilder();
            for (int n = 0; n < nanosAt.length; n++) {
                if (nanosAt[n] > 0) text.append(String.format("%d: %.2f s  ", n, nanosAt[n] / 1e9));
            }
            return text.toString().strip();
        }
    }
}
