package com.roboplanet.soconnector.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({
        "einkauf@bäckerei-kunz.de, einkauf@xn--bckerei-kunz-gcb.de, einkauf@bäckerei-kunz.de",
        "einkauf@xn--bckerei-kunz-gcb.de, einkauf@xn--bckerei-kunz-gcb.de, einkauf@bäckerei-kunz.de",
        "Einkauf@Bäckerei-Kunz.DE, Einkauf@xn--bckerei-kunz-gcb.de, Einkauf@bäckerei-kunz.de",
        "einkauf@XN--BCKEREI-KUNZ-GCB.de, einkauf@xn--bckerei-kunz-gcb.de, einkauf@bäckerei-kunz.de",
        "info@straße.de, info@xn--strae-oqa.de, info@straße.de",
        "info@xn--strae-oqa.de, info@xn--strae-oqa.de, info@straße.de",
        "info@ｂäｃｋｅｒｅｉ.de, info@xn--bckerei-5wa.de, info@bäckerei.de",
        "info@müller.bäckerei-kunz.de, info@xn--mller-kva.xn--bckerei-kunz-gcb.de, info@müller.bäckerei-kunz.de",
        "vertrieb@例え.jp, vertrieb@xn--r8jz45g.jp, vertrieb@例え.jp",
        "info@ΟΔΟΣ.gr, info@xn--pxavbq.gr, info@οδοσ.gr",
        "bob@customer.example, bob@customer.example, bob@customer.example"
    })
    void forms_whenDomainInEitherForm_giveTheAsciiAndTheUnicodeForm(String typed, String ascii, String unicode) {
        EmailAddress address = EmailAddress.parse(typed, "to");

        assertThat(address.value()).isEqualTo(typed);
        assertThat(address.ascii()).isEqualTo(ascii);
        assertThat(address.unicode()).isEqualTo(unicode);
        assertThat(address.domain()).isEqualTo(ascii.substring(ascii.indexOf('@') + 1));
        assertThat(address.hasAsciiLocalPart()).isTrue();
    }

    @Test
    void localPart_whenLettersBeyondAscii_isKeptAndNeedsSmtpUtf8() {
        EmailAddress address = EmailAddress.parse("jürgen.groß@bäckerei-kunz.de", "to");

        assertThat(address.localPart()).isEqualTo("jürgen.groß");
        assertThat(address.ascii()).isEqualTo("jürgen.groß@xn--bckerei-kunz-gcb.de");
        assertThat(address.hasAsciiLocalPart()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "info@bäckerei♥.de | contains \"♥\" (U+2665)",
                "info@bä\u200Dckerei.de | contains \"\u200D\" (U+200D)",
                "info@\u0308bäckerei.de | starts with a combining mark",
                "info@-bäckerei.de | starts or ends with a hyphen",
                "info@xn--bcher-kv!.de | has an empty or invalid part",
                "info@xn--abc-.de | has an empty or invalid part",
                "info@xn--bcher.de | which domain names may not contain",
                "info@xn--ls8h.de | which domain names may not contain",
                "info@bäckerei | needs a dot",
                "info@bäckerei..de | has an empty or invalid part",
                "jür gen@bäckerei.de | the part before @",
                "jürgen\u200B@bäckerei.de | the part before @"
            })
    void parse_whenInternationalAddressInvalid_refusesSayingWhy(String typed, String reason) {
        assertThatThrownBy(() -> EmailAddress.parse(typed, "recipient e-mail"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("recipient e-mail \"")
                .hasMessageContaining("is not a valid e-mail address: ")
                .hasMessageContaining(reason)
                .hasMessageNotContaining("\n");
    }

    @Test
    void parse_whenALabelIsNotTheCanonicalFormOfItsName_refuses() {
        String decomposed = "xn--" + Punycode.encode("bu\u0308cher");

        assertThatThrownBy(() -> EmailAddress.parse("info@" + decomposed + ".de", "to"))
                .hasMessageContaining("has a part \"" + decomposed + "\" that is not a valid internationalised name");
    }

    @Test
    void parse_whenAsciiFormTooLong_refuses() {
        String label = "ä".repeat(40);
        String typed = "info@" + String.join(".", label, label, label, label, label, label) + ".de";

        assertThatThrownBy(() -> EmailAddress.parse(typed, "to"))
                .hasMessageContaining("longer than 253 characters in its ASCII form");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "bäckerei", "straße", "ΟΔΟΣ", "例え", "ｂäｃｋｅｒｅｉ"})
    void domain_whenConvertedBack_givesTheSameAsciiForm(String label) {
        EmailAddress typed = EmailAddress.parse("x@" + label + ".de", "to");
        EmailAddress ascii = EmailAddress.parse(typed.ascii(), "to");
        EmailAddress unicode = EmailAddress.parse(typed.unicode(), "to");

        assertThat(ascii.domain()).isEqualTo(typed.domain());
        assertThat(unicode.domain()).isEqualTo(typed.domain());
        assertThat(ascii.unicodeDomain()).isEqualTo(typed.unicodeDomain());
    }
}
