package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Folding allocates nothing per character: matching a heading a thousand characters longer, full of full-width
 * forms, invisible characters, typographic spaces and dashes, decomposed umlauts and emoji, allocates about as
 * much as matching a short one (the result is the same size). Measured with the JVM's per-thread allocation
 * counter, which counts bytes, not time, so a busy machine does not change it.
 */
class FoldingAllocationTest {
    private static final int CALLS = 2_000;

    @Test
    void match_longerHeadingOfUnusualCharacters_allocatesNoMorePerCharacter() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        String product = "２ｘ ＢｅｌｌａＢｏｔ";
        String filler = "Ｌｉｅｆｅｒｕｎｇ\u00a0Ｈａｌｌｅ\u200b – Ｋｕ\u0308ｎｄｅ\u2009🤖 Ｔｅｌ\u00adｅｆｏｎ—";
        String shortHeading = filler + product;
        String longHeading = filler.repeat(40) + product;

        long shortBytes = bytesPerMatch(threads, shortHeading);
        long longBytes = bytesPerMatch(threads, longHeading);

        int extraCharacters = longHeading.length() - shortHeading.length();
        assertThat(longBytes - shortBytes)
                .as(
                        "bytes per match: %d for %d characters, %d for %d",
                        shortBytes, shortHeading.length(), longBytes, longHeading.length())
                .isLessThan(extraCharacters / 10);
    }

    private static long bytesPerMatch(com.sun.management.ThreadMXBean threads, String heading) {
        ProductMatcher matcher = ExampleCatalogue.MATCHER;
        long mentions = 0;
        for (int i = 0; i < CALLS; i++) {
            mentions += matcher.match(heading).mentions().size();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            mentions += matcher.match(heading).mentions().size();
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(mentions).isEqualTo(2L * CALLS);
        return bytes / CALLS;
    }
}
