package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void fromEnvironment_whenMinimal_defaultsToStarttlsOn587() {
        SmtpSettings s = SmtpSettings.fromEnvironment(
                Map.of("SMTP_HOST", "smtp.roboplanet.example", "SMTP_FROM", "noreply@roboplanet.example"));

        assertThat(s.security()).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.authenticates()).isFalse();
    }

    @Test
    void fromEnvironment_whenSsl_defaultsTo465() {
        assertThat(SmtpSettings.fromEnvironment(
                                Map.of("SMTP_HOST", "h.example", "SMTP_FROM", "a@h.example", "SMTP_SECURITY", "SSL"))
                        .port())
                .isEqualTo(465);
    }

    @Test
    void create_whenNoneForRemoteHost_refusesWithFix() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(
                        Map.of("SMTP_HOST", "smtp.example.com", "SMTP_FROM", "a@example.com", "SMTP_SECURITY", "none")))
                .hasMessage("SMTP_SECURITY=none is allowed only for a relay on this machine (localhost, 127.x.x.x,"
                        + " ::1), not for the SMTP_HOST given: use starttls or ssl");
    }

    @Test
    void create_whenNoneForLoopback_isAllowed() {
        assertThat(SmtpSettings.fromEnvironment(Map.of(
                                "SMTP_HOST",
                                "127.0.0.1",
                                "SMTP_FROM",
                                "a@example.com",
                                "SMTP_SECURITY",
                                "none",
                                "SMTP_PORT",
                                "2525"))
                        .port())
                .isEqualTo(2525);
    }

    @Test
    void fromEnvironment_whenValuesBad_namesTheVariableButNotTheValue() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("SMTP_FROM", "a@example.com")))
                .hasMessage("SMTP_HOST is not set; the smtp-relay strategy needs it");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(
                        Map.of("SMTP_HOST", "h.example", "SMTP_FROM", "a@example.com", "SMTP_PORT", "smtp")))
                .hasMessage("SMTP_PORT must be a number 1-65535");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(
                        Map.of("SMTP_HOST", "h.example", "SMTP_FROM", "a@example.com", "SMTP_SECURITY", "tls")))
                .hasMessage("SMTP_SECURITY must be starttls, ssl or none");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h.example", "SMTP_FROM", "relay")))
                .hasMessage("SMTP_FROM is not a valid e-mail address (expected the relay's own address, like"
                        + " crm@example.com)");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(
                        Map.of("SMTP_HOST", "h.example", "SMTP_FROM", "a@example.com", "SMTP_USERNAME", "u")))
                .hasMessageStartingWith("SMTP_USERNAME and SMTP_PASSWORD must be set together");
    }

    @Test
    void toString_neverShowsThePassword() {
        SmtpSettings s = SmtpSettings.fromEnvironment(Map.of(
                "SMTP_HOST",
                "h.example",
                "SMTP_FROM",
                "a@example.com",
                "SMTP_USERNAME",
                "relay-user",
                "SMTP_PASSWORD",
                "s3cr3t-Pa55"));

        assertThat(s.toString())
                .doesNotContain("s3cr3t-Pa55")
                .contains("relay-user")
                .contains("****");
        assertThat(s.endpoint()).doesNotContain("s3cr3t-Pa55");
    }
}
