package com.roboplanet.soconnector.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PunycodeTest {

    /** RFC 3492 section 7.1 samples (J) and (L), and German labels whose forms DENIC and browsers show. */
    @ParameterizedTest
    @CsvSource({
        "PorquénopuedensimplementehablarenEspañol, PorqunopuedensimplementehablarenEspaol-fmd56a",
        "3年B組金八先生, 3B-ww4c5e180e575a65lsy2b",
        "bäckerei-kunz, bckerei-kunz-gcb",
        "bücher, bcher-kva",
        "straße, strae-oqa",
        "münchen, mnchen-3ya"
    })
    void encodeAndDecode_knownLabels_matchTheStandardForms(String unicode, String punycode) {
        assertThat(Punycode.encode(unicode)).isEqualTo(punycode);
        assertThat(Punycode.decode(punycode)).isEqualTo(unicode);
    }

    /** Generated labels: the JDK's own encoder (behind IDN) is the oracle where IDNA 2003 maps nothing. */
    @Test
    void encode_randomLowercaseLabels_agreesWithJdkAndRoundTrips() {
        Random random = new Random(13);
        int[] alphabet = "abcdefghijklmnopqrstuvwxyz0123456789äöüéèçñøåłęžšαβγδλπжзийкл中文字日本한국"
                .codePoints()
                .toArray();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder label = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int j = 0; j < length; j++) {
                label.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = label.toString();
            String encoded = Punycode.encode(text);
            assertThat(Punycode.decode(encoded)).isEqualTo(text);
            if (text.chars().anyMatch(c -> c >= 0x80)) {
                assertThat("xn--" + encoded).as(text).isEqualTo(IDN.toASCII(text));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bcher-kv!", "bcher-k", "99999999999999999999", "abc-ä"})
    void decode_whenNotPunycode_refuses(String encoded) {
        assertThatThrownBy(() -> Punycode.decode(encoded))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not Punycode");
    }
}
