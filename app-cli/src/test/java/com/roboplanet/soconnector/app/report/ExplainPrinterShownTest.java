package com.roboplanet.soconnector.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every character a terminal does not show (control and format characters, spaces other than U+0020, line and
 * paragraph separators) that a CRM's heading or an export's cell may bring is written out, never printed raw: the
 * explanation is where a person looks for why an alias did not match.
 */
class ExplainPrinterShownTest {
    static IntStream invisibleCharacters() {
        return IntStream.rangeClosed(0, 0xFFFF)
                .filter(c -> !Character.isSurrogate((char) c))
                .filter(c -> {
                    int type = Character.getType(c);
                    return type == Character.CONTROL
                            || type == Character.FORMAT
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR
                            || (type == Character.SPACE_SEPARATOR && c != ' ');
                });
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("invisibleCharacters")
    void shown_invisibleCharacter_isWrittenOutAndTheRestStays(int c) {
        String shown = ExplainPrinter.shown("Bella" + (char) c + "Bot ü");

        assertThat(shown)
                .isIn(
                        "Bella" + String.format("\\u%04x", c) + "Bot ü",
                        "Bella\\nBot ü",
                        "Bella\\rBot ü",
                        "Bella\\tBot ü");
    }
}
