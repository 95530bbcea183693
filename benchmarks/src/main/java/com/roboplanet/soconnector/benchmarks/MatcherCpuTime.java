package com.roboplanet.soconnector.benchmarks;

import com.roboplanet.soconnector.domain.matching.HeadingMatch;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Headings per second of this thread's CPU time, for both catalogues. A companion to {@link
 * MatcherBenchmark} for shared build machines: wall-clock throughput there drops with every other
 * process on the box, CPU time much less so.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar com.roboplanet.soconnector.benchmarks.MatcherCpuTime</pre>
 */
public final class MatcherCpuTime {
    private static final int HEADINGS = 4096;
    private static final int WARMUP_ROUNDS = 300;
    private static final int MEASURED_ROUNDS = 500;

    private MatcherCpuTime() {}

    public static void main(String[] args) {
        String[] headings = HeadingCorpus.generate(HEADINGS);
        measure("10 aliases", BenchmarkCatalogues.small(), headings);
        measure("5000 aliases", BenchmarkCatalogues.large(), headings);
    }

    private static void measure(String label, ProductCatalog catalog, String[] headings) {
        ProductMatcher matcher = ProductMatcher.of(catalog);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = rounds(matcher, headings, WARMUP_ROUNDS);
        long cpuStart = threads.getCurrentThreadCpuTime();
        sink += rounds(matcher, headings, MEASURED_ROUNDS);
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        double perSecond = (double) MEASURED_ROUNDS * headings.length / (cpuNanos / 1e9);
        System.out.printf("%-13s %,12.0f headings per CPU second (%d mentions seen)%n", label, perSecond, sink);
    }

    private static long rounds(ProductMatcher matcher, String[] headings, int rounds) {
        long mentions = 0;
        for (int round = 0; round < rounds; round++) {
            for (String heading : headings) {
                HeadingMatch match = matcher.match(heading);
                mentions += match.mentions().size();
            }
        }
        return mentions;
    }
}
