package com.roboplanet.soconnector.benchmarks;

import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Headings matched per second, with the team's 10-alias catalogue and a 5,000-alias one (issue 2:
 * over a million per second on one core, and the large catalogue within 1.5x of the small one).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MatcherBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1</pre>
 *
 * The score is in operations per second, one operation being one heading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MatcherBenchmark {
    private static final int HEADINGS = 4096;

    @Param({"10", "5000"})
    public int aliases;

    private ProductMatcher matcher;
    private String[] headings;

    @Setup
    public void setUp() {
        var catalog = switch (aliases) {
            case 10 -> BenchmarkCatalogues.small();
            case 5000 -> BenchmarkCatalogues.large();
            default -> throw new IllegalArgumentException("aliases must be 10 or 5000, was " + aliases);
        };
        if (catalog.aliasCount() != aliases) {
            throw new IllegalStateException("catalogue has " + catalog.aliasCount() + " aliases, expected " + aliases);
        }
        matcher = ProductMatcher.of(catalog);
        headings = HeadingCorpus.generate(HEADINGS);
    }

    @Benchmark
    @OperationsPerInvocation(HEADINGS)
    public void matchHeadings(Blackhole blackhole) {
        for (String heading : headings) {
            blackhole.consume(matcher.match(heading));
        }
    }
}
