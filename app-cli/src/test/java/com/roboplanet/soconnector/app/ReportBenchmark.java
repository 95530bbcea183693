package com.roboplanet.soconnector.app;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code report --all} against a 100,000-sale sandbox on loopback: wall time, requests and peak heap, and
 * with injected latency the ratio of wall time to the ideal (pages x latency / concurrency). Not a test:
 * run it with {@code benchmarks/report-benchmark.sh}, which gives it {@code -Xmx128m}. The sandbox runs in
 * the same JVM, so the peak heap includes it.
 *
 * <p>Arguments: {@code sales latencyMs [report options...]}.
 */
public final class ReportBenchmark {
    private static final int PAGE_SIZE = 500;
    private static final int PREFETCH_CONCURRENCY = 1;

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sales = Integer.parseInt(args[0]);
        int latencyMs = Integer.parseInt(args[1]);
        String[] reportArgs = new String[args.length - 2 + 2];
        reportArgs[0] = "report";
        reportArgs[1] = "--all";
        System.arraycopy(args, 2, reportArgs, 2, args.length - 2);

        Faults faults = Faults.builder().latency(Duration.ofMillis(latencyMs)).build();
        Path dir = Files.createTempDirectory("report-benchmark");
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(sales).faults(faults).build())) {
            Map<String, String> env = SandboxEnv.of(sandbox);
            env.put("SO_PAGE_SIZE", String.valueOf(PAGE_SIZE));
            env.put("SO_MAX_REQUESTS_PER_SECOND", "1000");
            MemoryPoolMXBean[] pools = ManagementFactory.getMemoryPoolMXBeans().toArray(MemoryPoolMXBean[]::new);
            for (MemoryPoolMXBean pool : pools) {
                pool.resetPeakUsage();
            }
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code = Main.run(
                    reportArgs,
                    env,
                    dir,
                    new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)),
                    false, // as a script runs it; the settings name the sandbox tenant
                    ctx -> Modules.override(new AppModule(ctx)).with(Modules.EMPTY_MODULE));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = 0;
            for (MemoryPoolMXBean pool : pools) {
                if (pool.getType() == MemoryType.HEAP) {
                    peakHeap += pool.getPeakUsage().getUsed();
                }
            }
            long requests = sandbox.requestLog().entries().size();
            long salePages = sandbox.requestLog().count("GET Sale");
            System.out.println(err.toString().strip());
            System.out.printf(
                    "exit code %d; sales %d, latency %d ms, args %s%n",
                    code, sales, latencyMs, String.join(" ", reportArgs));
            System.out.printf(
                    "wall time %.2f s; requests %d (sale pages %d); peak heap %.1f MiB of max %.0f MiB%n",
                    seconds,
                    requests,
                    salePages,
                    peakHeap / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            if (latencyMs > 0) {
                double ideal = salePages * latencyMs / 1000.0 / PREFETCH_CONCURRENCY;
                System.out.printf(
                        "ideal (pages x latency / concurrency %d) %.2f s; wall / ideal %.2f%n",
                        PREFETCH_CONCURRENCY, ideal, seconds / ideal);
            }
        }
    }
}
