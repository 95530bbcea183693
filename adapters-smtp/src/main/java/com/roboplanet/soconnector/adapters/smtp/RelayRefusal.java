package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Refusal;
import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a relay's 4xx/5xx reply means and what fixes it: the one table for every refusal, read by the command it
 * answered, the basic code (RFC 5321), the enhanced status code (RFC 3463 {@code class.subject.detail}; the subject
 * and detail decide, the class only says transient or permanent) and the words of the texts relays document:
 * Microsoft's Exchange Online NDR list ({@code 5.7.57}, {@code 5.7.60}, {@code 5.7.64}, {@code 5.7.139},
 * {@code 5.2.252 SendAsDenied}), Google's Gmail SMTP error list ({@code 421 4.7.0 Try again later, closing connection}
 * at HELO, {@code 530 5.7.0 Must issue a STARTTLS command first}, {@code 550 5.7.1 Invalid credentials for relay}),
 * Postfix ({@code 454 4.7.1 Relay access denied}, {@code Helo command rejected: need fully-qualified hostname},
 * {@code Sender address rejected: not owned by user}), Exim and qmail ({@code #5.7.1} at the end). The rows are tried
 * in order and the first that applies wins; {@code 5.7.1} alone is used for relaying, "send as" and content policy
 * alike, so for it the words decide. README "Sending mail" prints the same table for people.
 */
enum RelayRefusal {
    /** The relay refused this machine's EHLO/HELO name. */
    GREETING_REFUSED(false, "refused this machine's greeting"),
    /** The relay wants TLS before anything else. */
    TLS_REQUIRED(false, "requires an encrypted connection"),
    /** The login itself failed. */
    LOGIN_REFUSED(false, "refused the login"),
    /** The relay takes mail only from a logged-in client. */
    AUTHENTICATION_REQUIRED(false, "requires a login"),
    /** The account may not send with this From. */
    SEND_AS_DENIED(false, "refused to send as this sender"),
    /** The relay does not relay for this client to outside domains. */
    RELAY_DENIED(false, "refused to relay to an outside domain"),
    /** Greylisting, rate limits, a busy relay: another try later may work. */
    TRY_LATER(true, "asked to try again later"),
    /** The envelope sender (SMTP_FROM) is refused. */
    SENDER_REJECTED(false, "refused the sender"),
    /** The recipient's mailbox or domain is refused. */
    RECIPIENT_REJECTED(false, "refused the recipient"),
    /** Any other permanent refusal (content policy, DMARC, size...). */
    REFUSED(false, "refused the mail");

    private final boolean retry;
    private final String meaning;

    RelayRefusal(boolean retry, String meaning) {
        this.retry = retry;
        this.meaning = meaning;
    }

    private record Row(RelayRefusal kind, Predicate<Refusal> applies) {}

    private static final List<Row> TABLE = List.of(
            new Row(GREETING_REFUSED, at(Stage.GREETING)),
            new Row(
                    GREETING_REFUSED,
                    words(
                            "helo command rejected",
                            "ehlo command rejected",
                            "fully-qualified hostname",
                            "fully qualified hostname",
                            "invalid helo",
                            "bad helo")),
            new Row(
                    TLS_REQUIRED,
                    enhanced("7.11").or(words("starttls", "tls required", "encryption required", "requires tls"))),
            // RFC 7372: SPF/DKIM/DMARC of the From domain failed; its texts say "unauthenticated", which is no login.
            new Row(REFUSED, enhanced("7.23", "7.24", "7.25", "7.26", "7.27")),
            new Row(
                    LOGIN_REFUSED,
                    code(535).or(enhanced("7.8", "7.9", "7.14", "7.139")).or(words("authentication unsuccessful"))),
            new Row(
                    AUTHENTICATION_REQUIRED,
                    code(530)
                            .or(enhanced("7.57"))
                            .or(words(
                                    "authentication required",
                                    "authentication is required",
                                    "requires authentication",
                                    "must authenticate",
                                    "not authenticated",
                                    "unauthenticated mail",
                                    "without authentication",
                                    "authorization required",
                                    "authorisation required"))),
            new Row(
                    SEND_AS_DENIED,
                    enhanced("7.60", "2.252")
                            .or(words("send as", "sendas", "send-as", "send on behalf", "not owned by"))),
            new Row(
                    RELAY_DENIED,
                    enhanced("7.54", "7.64")
                            .or(words("rcpthosts"))
                            .or(words("relay")
                                    .and(words(
                                            "denied",
                                            "not permitted",
                                            "not allowed",
                                            "prohibited",
                                            "refused",
                                            "forbidden",
                                            "unable",
                                            "invalid credentials",
                                            "not relay")))),
            new Row(TRY_LATER, r -> r.reply().transientFailure()),
            // RFC 3463 X.1.7/X.1.8: bad sender's address (Microsoft 365 also for an account blocked for spam).
            new Row(
                    SENDER_REJECTED,
                    enhanced("1.7", "1.8")
                            .or(at(Stage.MAIL_FROM)
                                    .and(enhancedSubject(1).or(noEnhancedCode().and(code(550, 551, 553)))))),
            new Row(
                    RECIPIENT_REJECTED,
                    enhancedSubject(1)
                            .or(noEnhancedCode().and(code(550, 551, 553)).and(at(Stage.RCPT_TO)))),
            new Row(REFUSED, r -> true));

    /** The row that applies to a refusal: the first in the table. */
    static RelayRefusal of(Refusal refusal) {
        return TABLE.stream()
                .filter(row -> row.applies().test(refusal))
                .findFirst()
                .orElseThrow()
                .kind();
    }

    /** Whether another attempt (after back-off) can help: only {@link #TRY_LATER}; a setting does not change by itself. */
    boolean retry() {
        return retry;
    }

    /** What the relay did, after "the SMTP relay ...": e.g. "refused to relay to an outside domain". */
    String meaning() {
        return meaning;
    }

    /**
     * The fix, naming the setting that changes the answer. It starts with what to do and does not say again what the
     * relay did: that is {@link #meaning()}, printed beside it ({@code probe}, a receipt's "Tried" line).
     *
     * @param heloName the name this machine greeted with
     * @param repIsFrom whether the rep's address was the mail's From (else SMTP_FROM was)
     */
    String fix(SmtpSettings settings, String heloName, boolean repIsFrom) {
        boolean loggedIn = settings.authenticates();
        return switch (this) {
            case GREETING_REFUSED ->
                "set SMTP_HELO_NAME to this machine's fully qualified domain name, one the relay accepts (it"
                        + " greeted with EHLO " + heloName + "; Google Workspace's smtp-relay: a domain of your"
                        + " account)";
            case TLS_REQUIRED -> "set SMTP_SECURITY=starttls (port 587) or ssl (port 465)";
            case LOGIN_REFUSED ->
                "check SMTP_USERNAME and SMTP_PASSWORD; Microsoft 365 needs SMTP AUTH enabled for the mailbox"
                        + " (5.7.139), Gmail and Google Workspace an app password (5.7.9)";
            case AUTHENTICATION_REQUIRED ->
                loggedIn
                        ? "check SMTP_SECURITY: SMTP_USERNAME is set, but the relay offered no login (AUTH) on this"
                                + " connection, which many relays offer only after STARTTLS; or let this account send"
                                + " through it (Microsoft 365: enable SMTP AUTH for the mailbox)"
                        : "set SMTP_USERNAME and SMTP_PASSWORD: this relay accepts mail only after a login";
            case SEND_AS_DENIED ->
                repIsFrom
                        ? "grant the relay account Send As rights for the rep, or set SMTP_REP_AS_FROM=never so that"
                                + " the relay's own address is From and replies still reach the rep"
                        : (loggedIn
                                ? "set SMTP_FROM (now " + settings.from() + ") to the address of the account "
                                        + settings.username() + ", or grant that account Send As rights for it"
                                : "set SMTP_FROM (now " + settings.from() + ") to an address this relay lets this"
                                        + " host send as");
            case RELAY_DENIED ->
                "allow this host or account to relay to outside domains"
                        + " (Microsoft 365: a connector for this IP address or certificate; Google Workspace: the"
                        + " SMTP relay service for this IP or with SMTP authentication), or use the submission"
                        + " account (port 587 with SMTP_USERNAME and SMTP_PASSWORD)";
            case TRY_LATER ->
                "send again later (greylisting, a rate limit or a busy relay defers mail); the same command never"
                        + " sends a mail twice";
            case SENDER_REJECTED ->
                "set SMTP_FROM (now " + settings.from() + ") to an address the relay accepts as sender, or ask its"
                        + " administrator (Microsoft 365 blocks accounts that sent spam: 5.1.8)";
            case RECIPIENT_REJECTED -> "check the recipient's e-mail address in SuperOffice";
            case REFUSED -> "read the relay's reply above; the relay's log or administrator tells more";
        };
    }

    private static Predicate<Refusal> at(Stage stage) {
        return r -> r.stage() == stage;
    }

    private static Predicate<Refusal> code(Integer... codes) {
        Set<Integer> set = Set.of(codes);
        return r -> set.contains(r.reply().code());
    }

    /** Matches the subject and detail of the enhanced code, e.g. {@code "7.57"} for 5.7.57 and 4.7.57. */
    private static Predicate<Refusal> enhanced(String... subjectDetails) {
        Set<String> set = Set.of(subjectDetails);
        return r -> r.reply().enhanced().map(e -> set.contains(e.substring(2))).orElse(false);
    }

    /** Matches the subject of a permanent enhanced code, e.g. 1 for 5.1.x (addressing). */
    private static Predicate<Refusal> enhancedSubject(int subject) {
        return r -> r.reply()
                .enhanced()
                .map(e -> e.startsWith("5." + subject + "."))
                .orElse(false);
    }

    private static Predicate<Refusal> noEnhancedCode() {
        return r -> r.reply().enhanced().isEmpty();
    }

    private static Predicate<Refusal> words(String... phrases) {
        return r -> {
            String text = r.reply().text().toLowerCase(Locale.ROOT);
            for (String phrase : phrases) {
                if (text.contains(phrase)) {
                    return true;
                }
            }
            return false;
        };
    }
}
