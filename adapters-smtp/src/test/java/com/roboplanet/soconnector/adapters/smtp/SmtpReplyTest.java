package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpReplyTest {

    @Test
    void parse_whenMultiLine_joinsTheLinesAfterOneCode() {
        SmtpReply reply = SmtpReply.parse("530-5.7.0 Authentication Required. Learn more at\n"
                        + "530 5.7.0  https://support.google.com/mail/?p=WantAuthError x - gsmtp\n")
                .orElseThrow();

        assertThat(reply.code()).isEqualTo(530);
        assertThat(reply.text())
                .isEqualTo("530 5.7.0 Authentication Required. Learn more at"
                        + " https://support.google.com/mail/?p=WantAuthError x - gsmtp");
        assertThat(reply.enhanced()).hasValue("5.7.0");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052] | 5.7.57",
                "454 4.7.1 <postmaster@example.com>: Relay access denied | 4.7.1",
                "550-5.7.1 Invalid credentials for relay [192.0.2.1]. | 5.7.1",
                "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1) | 5.7.1",
                "554 5.2.252 SendAsDenied; relay@x.example not allowed to send as anna@x.example | 5.2.252"
            })
    void enhanced_wherePlacedByRfc2034OrQmail_isFound(String text, String enhanced) {
        assertThat(SmtpReply.parse(text).orElseThrow().enhanced()).hasValue(enhanced);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "550 Unauthenticated mail not allowed from this range",
                "550-[192.168.1.190]:42630 is not permitted to relay through this server",
                "421 Service not available, version 2.168.1 going down"
            })
    void enhanced_whenAbsent_isEmptyAndAddressesAreNoCodes(String text) {
        assertThat(SmtpReply.parse(text).orElseThrow().enhanced()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[EOF]", "", "hello", "99 x", "600 too high", "2"})
    void parse_whenNoReply_isEmpty(String response) {
        assertThat(SmtpReply.parse(response)).isEmpty();
    }
}
