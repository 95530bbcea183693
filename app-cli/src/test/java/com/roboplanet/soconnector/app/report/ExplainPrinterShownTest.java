package com.roboplanet.soconnector.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every control character a CRM's heading may bring (an export refuses most) is written out, never printed raw. */
class ExplainPrinterShownTest {
    static IntStream controlCharacters() {
        return IntStream.rangeClosed(0, 0xFFFF).filter(c -> Character.getType(c) == Character.CONTROL);
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("controlCharacters")
    void shown_controlCharacter_isWrittenOutAndTheRestStays(int c) {
        String shown = ExplainPrinter.shown("Bella" + (char) c + "Bot \u200b ü");

        assertThat(shown.chars()).noneMatch(ch -> Character.getType(ch) == Character.CONTROL);
        assertThat(shown).startsWith("Bella\\").endsWith("Bot \u200b ü");
    }
}
