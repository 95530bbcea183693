package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailtoLinkTest {

    private static String body(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("&body=") + 6), StandardCharsets.UTF_8);
    }

    @Test
    void of_shortMail_encodesSubjectAndBodyWithCrlf() {
        String link = MailtoLink.of("bob@kunde.example", "A & B? 100%", "Zeile 1\nZeile 2");
        assertThat(link).startsWith("mailto:bob@kunde.example?subject=A%20%26%20B%3F%20100%25&body=");
        assertThat(body(link)).isEqualTo("Zeile 1\r\nZeile 2");
    }

    @Test
    void of_longBody_staysWithinTheLimitAndSaysItWasShortened() {
        String link = MailtoLink.of("bob@kunde.example", "Angebot", "ä".repeat(3000));
        assertThat(link.length()).isLessThanOrEqualTo(MailtoLink.MAX_LENGTH);
        assertThat(body(link)).startsWith("äää").endsWith("(shortened: the full text is in the SuperOffice task)");
    }

    @Test
    void of_longBodyWithEmoji_neverSplitsACharacter() {
        String link = MailtoLink.of("bob@kunde.example", "Angebot", "🤖".repeat(1000));
        String kept = body(link);
        assertThat(kept.replace(MailtoLink.SHORTENED.replace("\n", "\r\n"), "")).matches("(🤖)+");
    }
}
