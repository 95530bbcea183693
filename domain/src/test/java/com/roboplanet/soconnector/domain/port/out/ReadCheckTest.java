package com.roboplanet.soconnector.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.port.out.SaleSourceReport.ReadCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadCheckTest {

    @Test
    void notes_capAndDuplicates_oneSentenceEachInTheSummarysWords() {
        assertThat(new ReadCheck(1334, 3, 200, 500).notes())
                .containsExactly(
                        "the tenant returns at most 200 rows a page (500 were asked); the connector asked for 200 a"
                                + " page from then on and did not take a short page for the end",
                        "3 rows came again for a sale already read and were dropped; each sale is counted once");
        assertThat(new ReadCheck(-1, 1, 0, 0).notes())
                .containsExactly("1 row came again for a sale already read and was dropped; each sale is counted once");
    }

    @Test
    void notes_cleanRead_none() {
        assertThat(new ReadCheck(12, 0, 0, 0).notes()).isEmpty();
        assertThat(ReadCheck.UNCHECKED.notes()).isEmpty();
        assertThat(ReadCheck.UNCHECKED.matchedIfKnown()).isEmpty();
        assertThat(new ReadCheck(0, 0, 0, 0).matchedIfKnown()).hasValue(0);
    }

    @Test
    void new_capNotBelowWhatWasAsked_isRefused() {
        for (int[] capAndAsked : List.of(new int[] {200, 0}, new int[] {0, 500}, new int[] {500, 500})) {
            assertThatThrownBy(() -> new ReadCheck(1, 0, capAndAsked[0], capAndAsked[1]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void report_withoutACheck_isUnchecked() {
        assertThat(new SaleSourceReport("file", 0, false, List.of()).check()).isEqualTo(ReadCheck.UNCHECKED);
    }
}
