package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void add_generatedValuesWithRepeatsAndExtremes_answersLikeAHashSet() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            LongSet set = new LongSet();
            Set<Long> expected = new HashSet<>();
            int count = random.nextInt(5_000);
            for (int i = 0; i < count; i++) {
                long value = switch (random.nextInt(5)) {
                    case 0 -> Long.MIN_VALUE;
                    case 1 -> random.nextLong();
                    case 2 -> random.nextInt(50);
                    default -> 341_000 + random.nextInt(count + 1);
                };
                assertThat(set.add(value)).as("round %d, add %d", round, value).isEqualTo(expected.add(value));
            }
            assertThat(set.size()).isEqualTo(expected.size());
        }
    }
}
