package com.roboplanet.soconnector.adapters.smtp;

import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.AUTHENTICATION_REQUIRED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.GREETING_REFUSED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.LOGIN_REFUSED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.RECIPIENT_REJECTED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.REFUSED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.RELAY_DENIED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.SENDER_REJECTED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.SEND_AS_DENIED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.TLS_REQUIRED;
import static com.roboplanet.soconnector.adapters.smtp.RelayRefusal.TRY_LATER;
import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Refusal;
import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Stage;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@link RelayRefusal}'s table with replies relays document, and generated variations of each: without
 * the enhanced code, with it where qmail puts it, in other letter case, split over continuation lines.
 */
class RelayRefusalTest {
    private static final Pattern LEADING = Pattern.compile("^(\\d{3}) ([245]\\.\\d{1,3}\\.\\d{1,3}) (.*)$");

    /** A documented reply, the command it answered, and the row it belongs to. */
    record Case(String reply, Stage stage, RelayRefusal expected) {
        @Override
        public String toString() {
            return expected + " <- " + stage + ": " + reply;
        }
    }

    static List<Case> documented() {
        return List.of(
                // Greeting: Google Workspace smtp-relay to "EHLO localhost"; Postfix reject_non_fqdn_helo_hostname,
                // which Postfix reports only at RCPT TO (smtpd_delay_reject).
                new Case("421 4.7.0 Try again later, closing connection. (EHLO)", Stage.GREETING, GREETING_REFUSED),
                new Case("550 5.7.1 Invalid HELO name", Stage.GREETING, GREETING_REFUSED),
                new Case(
                        "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
                        Stage.RCPT_TO,
                        GREETING_REFUSED),
                // The same from a container whose host name is its id, and reject_unknown_helo_hostname for a dotted
                // name DNS does not know (github.com/chatmail/core/issues/1847, getsentry/self-hosted#1045).
                new Case(
                        "504 5.5.2 <0391926cb167>: Helo command rejected: need fully-qualified hostname",
                        Stage.RCPT_TO,
                        GREETING_REFUSED),
                new Case(
                        "450 4.7.1 <localhost.localdomain>: Helo command rejected: Host not found",
                        Stage.RCPT_TO,
                        GREETING_REFUSED),
                // TLS: Gmail.
                new Case("530 5.7.0 Must issue a STARTTLS command first.", Stage.MAIL_FROM, TLS_REQUIRED),
                new Case(
                        "530 5.7.11 Encryption required for requested authentication mechanism",
                        Stage.SESSION,
                        TLS_REQUIRED),
                // Login refused: Exchange Online, Postfix/Dovecot, Gmail.
                new Case("535 5.7.3 Authentication unsuccessful [BN6PR03CA0021]", Stage.SESSION, LOGIN_REFUSED),
                new Case(
                        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
                        Stage.SESSION,
                        LOGIN_REFUSED),
                new Case(
                        "535 5.7.8 Error: authentication failed: authentication failure", Stage.SESSION, LOGIN_REFUSED),
                new Case("534 5.7.9 Application-specific password required.", Stage.SESSION, LOGIN_REFUSED),
                // Login required: Exchange Online 5.7.57, Gmail 5.7.0, Exim, mail.ru.
                new Case("530 5.7.57 Client not authenticated to send mail.", Stage.MAIL_FROM, AUTHENTICATION_REQUIRED),
                new Case(
                        "550 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM",
                        Stage.MAIL_FROM,
                        AUTHENTICATION_REQUIRED),
                new Case("530 5.7.0 Authentication Required.", Stage.MAIL_FROM, AUTHENTICATION_REQUIRED),
                new Case(
                        "550 192.0.2.7 is not permitted to relay through this server without authentication.",
                        Stage.RCPT_TO,
                        AUTHENTICATION_REQUIRED),
                new Case(
                        "503 Administrative prohibition -- authorization required.",
                        Stage.DATA,
                        AUTHENTICATION_REQUIRED),
                // Send As: Exchange Online 5.7.60 and 5.2.252, Exchange on-premises 5.7.1, Postfix
                // reject_sender_login_mismatch.
                new Case(
                        "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
                        Stage.END_OF_DATA,
                        SEND_AS_DENIED),
                new Case(
                        "554 5.2.252 SendAsDenied; relay@x.example not allowed to send as anna@x.example",
                        Stage.END_OF_DATA,
                        SEND_AS_DENIED),
                new Case(
                        "550 5.7.1 Client does not have permissions to send as this sender",
                        Stage.END_OF_DATA,
                        SEND_AS_DENIED),
                new Case(
                        "553 5.7.1 <anna@x.example>: Sender address rejected: not owned by user relay@x.example",
                        Stage.RCPT_TO,
                        SEND_AS_DENIED),
                // Relaying: Exchange, Exchange Online connectors, Postfix (deferred and final), Google, qmail.
                new Case("550 5.7.1 Unable to relay", Stage.RCPT_TO, RELAY_DENIED),
                new Case(
                        "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
                        Stage.RCPT_TO,
                        RELAY_DENIED),
                new Case("550 5.7.64 TenantAttribution; Relay Access Denied", Stage.RCPT_TO, RELAY_DENIED),
                new Case("454 4.7.1 <bob@customer.example>: Relay access denied", Stage.RCPT_TO, RELAY_DENIED),
                new Case("554 5.7.1 <bob@customer.example>: Relay access denied", Stage.RCPT_TO, RELAY_DENIED),
                new Case(
                        "550 5.7.1 Invalid credentials for relay [192.0.2.7]. The IP address you've registered in"
                                + " your Workspace SMTP Relay service doesn't match domain of the account",
                        Stage.MAIL_FROM,
                        RELAY_DENIED),
                new Case("550 5.7.0 Mail relay denied [192.0.2.7].", Stage.RCPT_TO, RELAY_DENIED),
                new Case(
                        "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
                        Stage.RCPT_TO,
                        RELAY_DENIED),
                // Try later: greylisting (Postfix postgrey), Gmail rate limits, busy relays.
                new Case(
                        "450 4.2.0 <bob@customer.example>: Recipient address rejected: Greylisted",
                        Stage.RCPT_TO,
                        TRY_LATER),
                new Case("451 4.7.1 Please try again later", Stage.RCPT_TO, TRY_LATER),
                new Case("421 4.7.0 Temporary System Problem. Try again later.", Stage.MAIL_FROM, TRY_LATER),
                new Case(
                        "450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.",
                        Stage.MAIL_FROM,
                        TRY_LATER),
                new Case("452 4.3.1 Insufficient system storage", Stage.END_OF_DATA, TRY_LATER),
                new Case("421 4.3.2 Service not available, try later", Stage.CONNECT, TRY_LATER),
                // Addresses.
                new Case(
                        "550 5.1.1 <bob@customer.example>: Recipient address rejected: User unknown",
                        Stage.RCPT_TO,
                        RECIPIENT_REJECTED),
                new Case(
                        "556 5.1.10 <postmaster@example.com>: Recipient address rejected: Domain example.com does not"
                                + " accept mail (nullMX)",
                        Stage.RCPT_TO,
                        RECIPIENT_REJECTED),
                new Case("550 No such user here", Stage.RCPT_TO, RECIPIENT_REJECTED),
                new Case(
                        "553 5.1.8 <noreply@x.example>: Sender address rejected: Domain not found",
                        Stage.MAIL_FROM,
                        SENDER_REJECTED),
                new Case("550 5.1.8 Access denied, bad outbound sender", Stage.END_OF_DATA, SENDER_REJECTED),
                new Case("553 Sender address not allowed", Stage.MAIL_FROM, SENDER_REJECTED),
                // Anything else permanent: content policy, DMARC (RFC 7372), size. Not "Send As" though it is 5.7.
                new Case("550 5.7.1 Message rejected as spam by Content Filtering.", Stage.END_OF_DATA, REFUSED),
                new Case(
                        "550 5.7.26 Unauthenticated email from x.example is not accepted due to domain's DMARC policy",
                        Stage.END_OF_DATA,
                        REFUSED),
                new Case("552 5.3.4 Message size exceeds fixed limit", Stage.END_OF_DATA, REFUSED),
                new Case("554 Transaction failed", Stage.END_OF_DATA, REFUSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void of_documentedReply_fallsInItsRow(Case c) {
        assertThat(kindOf(c.reply(), c.stage())).isEqualTo(c.expected());
    }

    @Test
    void table_everyRowHasADocumentedReply() {
        Set<RelayRefusal> covered = EnumSet.noneOf(RelayRefusal.class);
        documented().forEach(c -> covered.add(c.expected()));

        assertThat(covered).containsExactlyInAnyOrder(RelayRefusal.values());
    }

    /** The same reply as other relays or versions write it must fall in the same row. */
    static Stream<Arguments> variations() {
        List<Arguments> variations = new ArrayList<>();
        for (Case c : documented()) {
            for (String variant : variantsOf(c.reply())) {
                variations.add(Arguments.of(c, variant));
            }
        }
        return variations.stream();
    }

    @ParameterizedTest(name = "{0} as: {1}")
    @MethodSource("variations")
    void of_variationOfDocumentedReply_fallsInTheSameRow(Case c, String variant) {
        assertThat(kindOf(variant, c.stage())).isEqualTo(c.expected());
    }

    private static List<String> variantsOf(String reply) {
        List<String> variants = new ArrayList<>();
        Matcher m = LEADING.matcher(reply);
        String code = reply.substring(0, 3);
        String body = reply.substring(4);
        variants.add(code + " " + body.toUpperCase(Locale.ROOT));
        variants.add(code + " " + body.toLowerCase(Locale.ROOT));
        int middle = body.indexOf(' ', body.length() / 2);
        if (middle > 0) {
            variants.add(code + "-" + body.substring(0, middle) + "\n" + code + " " + body.substring(middle + 1));
        }
        if (m.matches()) {
            String enhanced = m.group(2);
            String text = m.group(3);
            if (reliesOnWordsOrCode(enhanced)) {
                variants.add(code + " " + text);
            }
            variants.add(code + " " + text + " (#" + enhanced + ")");
            variants.add(
                    code + "-" + enhanced + " " + text + "\n" + code + " " + enhanced + " see the log for details");
        }
        return variants;
    }

    /** Rows decided by the enhanced code alone cannot survive its removal; the others must. */
    private static boolean reliesOnWordsOrCode(String enhanced) {
        String detail = enhanced.substring(2);
        return !Set.of("1.10", "1.8", "7.9").contains(detail);
    }

    @Test
    void of_enhancedCodeWithoutText_decidesTheRow() {
        assertThat(kindOf("550 5.7.57", Stage.MAIL_FROM)).isEqualTo(AUTHENTICATION_REQUIRED);
        assertThat(kindOf("550 5.7.60", Stage.END_OF_DATA)).isEqualTo(SEND_AS_DENIED);
        assertThat(kindOf("550 5.7.64", Stage.RCPT_TO)).isEqualTo(RELAY_DENIED);
        assertThat(kindOf("550 5.7.54", Stage.RCPT_TO)).isEqualTo(RELAY_DENIED);
        assertThat(kindOf("554 5.2.252", Stage.END_OF_DATA)).isEqualTo(SEND_AS_DENIED);
        assertThat(kindOf("550 5.1.2", Stage.END_OF_DATA)).isEqualTo(RECIPIENT_REJECTED);
        assertThat(kindOf("550 5.1.7", Stage.END_OF_DATA)).isEqualTo(SENDER_REJECTED);
        assertThat(kindOf("535 5.7.139", Stage.SESSION)).isEqualTo(LOGIN_REFUSED);
        assertThat(kindOf("530 Authentication required", Stage.MAIL_FROM)).isEqualTo(AUTHENTICATION_REQUIRED);
    }

    @Test
    void of_anyOtherReply_isTryLaterFor4xxAndPermanentFor5xx() {
        for (int code = 400; code < 600; code++) {
            RelayRefusal kind = kindOf(code + " x.y.z something happened", Stage.END_OF_DATA);
            if (code == 530 || code == 535) {
                continue;
            }
            assertThat(kind).as("code " + code).isEqualTo(code < 500 ? TRY_LATER : REFUSED);
            assertThat(kind.retry()).isEqualTo(code < 500);
        }
    }

    @Test
    void retry_onlyForTryLater() {
        for (RelayRefusal kind : RelayRefusal.values()) {
            assertThat(kind.retry()).as(kind.name()).isEqualTo(kind == TRY_LATER);
        }
    }

    @Test
    void fix_namesTheSettingThatChangesTheAnswer() {
        SmtpSettings settings = SmtpSettings.of(
                "relay.x.example", 587, SmtpSecurity.STARTTLS, null, null, new EmailAddress("noreply@x.example"));
        SmtpSettings withLogin = SmtpSettings.of(
                "relay.x.example",
                587,
                SmtpSecurity.STARTTLS,
                "relay-user",
                "pw",
                new EmailAddress("noreply@x.example"));

        assertThat(GREETING_REFUSED.fix(settings, "[192.0.2.7]", false))
                .contains("SMTP_HELO_NAME")
                .contains("EHLO [192.0.2.7]")
                .doesNotContain(GREETING_REFUSED.meaning());
        assertThat(AUTHENTICATION_REQUIRED.fix(settings, "h", false)).startsWith("set SMTP_USERNAME and SMTP_PASSWORD");
        assertThat(AUTHENTICATION_REQUIRED.fix(withLogin, "h", false))
                .contains("SMTP_SECURITY")
                .doesNotStartWith("set SMTP_USERNAME");
        assertThat(RELAY_DENIED.fix(settings, "h", false))
                .startsWith("allow this host or account to relay to outside domains")
                .contains("use the submission account");
        assertThat(SEND_AS_DENIED.fix(settings, "h", true)).contains("Send As").contains("SMTP_REP_AS_FROM=never");
        assertThat(SEND_AS_DENIED.fix(withLogin, "h", false))
                .contains("SMTP_FROM (now noreply@x.example)")
                .contains("relay-user")
                .doesNotContain("SMTP_REP_AS_FROM");
        assertThat(SENDER_REJECTED.fix(settings, "h", false)).contains("SMTP_FROM (now noreply@x.example)");
        assertThat(SEND_AS_DENIED.fix(settings, "h", false)).contains("an address this relay lets this host send as");
        assertThat(TLS_REQUIRED.fix(settings, "h", false)).contains("SMTP_SECURITY=starttls");
        assertThat(LOGIN_REFUSED.fix(settings, "h", false)).contains("SMTP_PASSWORD");
    }

    private static RelayRefusal kindOf(String reply, Stage stage) {
        return RelayRefusal.of(new Refusal(stage, SmtpReply.parse(reply).orElseThrow()));
    }

    /**
     * A fix says what to do, not again what the relay did: probe prints the meaning and the fix one under the other,
     * and a receipt's "Tried" line both in one. Every kind, with and without a login, the rep as From or not.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} login={1} repIsFrom={2}")
    @org.junit.jupiter.params.provider.MethodSource("everyKind")
    void fix_anyKind_startsWithWhatToDoAndDoesNotRepeatTheMeaning(RelayRefusal kind, boolean login, boolean repIsFrom) {
        SmtpSettings settings = login
                ? SmtpSettings.of(
                        "relay.x.example",
                        587,
                        SmtpSecurity.STARTTLS,
                        "relay-user",
                        "pw",
                        new EmailAddress("noreply@x.example"))
                : SmtpSettings.of(
                        "relay.x.example",
                        587,
                        SmtpSecurity.STARTTLS,
                        null,
                        null,
                        new EmailAddress("noreply@x.example"));

        String fix = kind.fix(settings, "crm.x.example", repIsFrom);

        assertThat(fix)
                .doesNotStartWith("the ")
                .doesNotStartWith("this ")
                .doesNotContain(kind.meaning())
                .doesNotContain("refuse");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyKind() {
        return java.util.Arrays.stream(RelayRefusal.values())
                .flatMap(kind -> java.util.stream.Stream.of(true, false)
                        .flatMap(login -> java.util.stream.Stream.of(true, false)
                                .map(rep -> org.junit.jupiter.params.provider.Arguments.of(kind, login, rep))));
    }
}
