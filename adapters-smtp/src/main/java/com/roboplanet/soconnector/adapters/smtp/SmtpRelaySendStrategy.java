package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sends through an SMTP relay. The mail is rendered once; the very bytes returned for archiving are the ones handed to
 * the relay. Refusals are read by {@link RelayRefusal}'s table; only those that may pass by themselves (greylisting,
 * rate limits) and connections that broke before the end of the data are retried, with back-off. Once the final dot
 * of the data is on its way, anything but a 4xx/5xx reply to it is "possibly delivered" ({@link SendStrategyException}
 * with {@code possiblyDelivered}), never retried and never "not available" (ADR 0005).
 */
public final class SmtpRelaySendStrategy implements SendStrategy {
    public static final String NAME = "smtp-relay";

    private final SmtpSettings settings;
    private final SmtpSessions sessions;
    private final MimeMailBuilder builder;
    private final SmtpFailures failures;
    private final Sleeper sleeper;
    private String heloName;

    public SmtpRelaySendStrategy(SmtpSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.sessions = new SmtpSessions(settings);
        this.builder = new MimeMailBuilder(settings, sessions, clock);
        this.failures = new SmtpFailures(settings);
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe(OutboundEmail email) {
        String from = builder.repIsAuthor(email)
                ? "From " + email.rep().email() + ", Sender " + settings.from()
                : "From " + settings.from() + " named \"" + email.rep().name() + "\"";
        return "SMTP relay " + settings.endpoint() + ": " + from + ", Reply-To "
                + email.rep().email() + ", To " + email.recipient().email().ascii() + "; then archive the .eml";
    }

    /** Renders the mail once: the journal keeps these bytes before the relay sees them, and they are what it gets. */
    @Override
    public PreparedMail prepare(OutboundEmail email, IdempotencyKey key) {
        MimeMail mail = builder.build(email, key);
        return new PreparedMail(email, key, mail.messageId(), mail.bytes());
    }

    @Override
    public SendOutcome send(PreparedMail prepared) {
        OutboundEmail email = prepared.email();
        MimeMail mail = builder.build(email, prepared.key());
        if (prepared.mime() != null) {
            mail = mail.withBytes(prepared.messageIdIfPlanned().orElse(mail.messageId()), prepared.mime());
        }
        MimeMessage exact = parse(mail);
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            Optional<SendOutcome> outcome = trySend(email, mail, exact, attempt);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            pause(wait);
            wait = wait.multipliedBy(2);
        }
    }

    /** @return empty when the attempt failed transiently and another one is allowed */
    private Optional<SendOutcome> trySend(OutboundEmail email, MimeMail mail, MimeMessage exact, int attempt) {
        boolean last = attempt >= settings.attempts();
        RelayTransport transport = new RelayTransport(sessions.session(mail.smtpUtf8()), settings, heloName());
        try {
            connect(transport);
        } catch (AuthenticationFailedException e) {
            return Optional.of(failures.loginRefused(transport, e));
        } catch (MessagingException e) {
            return failures.connectFailed(transport, e, attempt, last);
        }
        try {
            if (mail.smtpUtf8() && !transport.supportsExtension("SMTPUTF8")) {
                return Optional.of(failures.smtpUtf8Missing(firstNonAscii(email)));
            }
            transport.sendMessage(exact, mail.recipients());
            return Optional.of(new SendOutcome.Sent(mail.messageId(), mail.bytes(), null));
        } catch (MessagingException e) {
            return failures.transactionFailed(transport, mail, e, attempt, last);
        } finally {
            closeQuietly(transport);
        }
    }

    private EmailAddress firstNonAscii(OutboundEmail email) {
        return Stream.of(email.recipient().email(), email.rep().email(), settings.from())
                .filter(a -> !a.hasAsciiLocalPart())
                .findFirst()
                .orElseThrow();
    }

    /** Computed at the first send: it asks DNS and the routing table (see {@link HeloName}). */
    private synchronized String heloName() {
        if (heloName == null) {
            heloName = HeloName.of(settings);
        }
        return heloName;
    }

    /** Once the relay has answered, a failing QUIT changes nothing about the mail. */
    private static void closeQuietly(RelayTransport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The mail's fate was decided by the reply to DATA (or its absence); the session end carries no
            // information.
        }
    }

    private void connect(RelayTransport transport) throws MessagingException {
        if (settings.authenticates()) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            transport.connect();
        }
    }

    private MimeMessage parse(MimeMail mail) {
        try {
            return new MimeMessage(sessions.session(mail.smtpUtf8()), new ByteArrayInputStream(mail.bytes()));
        } catch (MessagingException e) {
            throw new SendStrategyException("cannot read back the rendered mail " + mail.messageId(), false, e);
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendStrategyException("interrupted while waiting to retry the SMTP relay", false, e);
        }
    }
}
