package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AliasAutomatonTest {

    @Test
    void scan_onRandomTextsOverASmallAlphabet_findsExactlyWhatBruteForceFinds() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> aliases = randomAliases(random, 1 + random.nextInt(25));
            AliasAutomaton automaton = new AliasAutomaton(aliases);
            String text = randomWord(random, random.nextInt(60), "abcx");

            assertThat(automatonHits(automaton, text))
                    .as("aliases %s in %s", aliases, text)
                    .isEqualTo(bruteForceHits(aliases, text));
        }
    }

    @Test
    void scan_whenAliasesNestInsideEachOther_reportsEveryOccurrence() {
        AliasAutomaton automaton = new AliasAutomaton(List.of("he", "she", "his", "hers"));

        assertThat(automatonHits(automaton, "ushers")).containsExactlyInAnyOrder("1-4:1", "2-4:0", "2-6:3");
    }

    @Test
    void scan_whenNoAliases_findsNothing() {
        assertThat(automatonHits(new AliasAutomaton(List.of()), "anything")).isEmpty();
    }

    private static List<String> randomAliases(Random random, int count) {
        Set<String> aliases = new LinkedHashSet<>();
        while (aliases.size() < count) {
            aliases.add(randomWord(random, 1 + random.nextInt(7), "abc"));
        }
        return new ArrayList<>(aliases);
    }

    private static String randomWord(Random random, int length, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    private static Set<String> automatonHits(AliasAutomaton automaton, String text) {
        Hits hits = new Hits();
        automaton.scan(Skeleton.of(text), hits);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            found.add(hits.start(i) + "-" + hits.end(i) + ":" + hits.alias(i));
        }
        assertThat(found).hasSize(hits.size());
        return found;
    }

    private static Set<String> bruteForceHits(List<String> aliases, String text) {
        Set<String> found = new LinkedHashSet<>();
        for (int end = 1; end <= text.length(); end++) {
            for (int id = 0; id < aliases.size(); id++) {
                String alias = aliases.get(id);
                int start = end - alias.length();
                if (start >= 0 && text.startsWith(alias, start)) {
                    found.add(start + "-" + end + ":" + id);
                }
            }
        }
        return found;
    }
}
