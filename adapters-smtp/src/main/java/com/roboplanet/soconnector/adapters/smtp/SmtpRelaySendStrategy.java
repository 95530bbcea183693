package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Sends through an SMTP relay. The mail is rendered once; the very bytes returned for archiving are
 * the ones handed to the relay. Transient failures (connection refused, 4xx) are retried with
 * back-off; anything that happens after the message data may have been accepted is reported as
 * possibly delivered, never retried.
 */
public final class SmtpRelaySendStrategy implements SendStrategy {
    public static final String NAME = "smtp-relay";

    private final SmtpSettings settings;
    private final Session session;
    private final MimeMailBuilder builder;
    private final Sleeper sleeper;

    public SmtpRelaySendStrategy(SmtpSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.session = SmtpSessions.create(settings);
        this.builder = new MimeMailBuilder(settings, session, clock);
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
                + email.rep().email() + ", To " + email.recipient().email() + "; then archive the .eml";
    }

    @Override
    public Optional<String> plannedMessageId(OutboundEmail email, IdempotencyKey key) {
        return Optional.of(builder.messageId(key));
    }

    @Override
    public SendOutcome send(OutboundEmail email, IdempotencyKey key) {
        MimeMail mail = builder.build(email, key);
        MimeMessage exact = parse(mail);
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            Optional<SendOutcome> outcome = trySend(mail, exact, attempt);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            pause(wait);
            wait = wait.multipliedBy(2);
        }
    }

    /** @return empty when the attempt failed transiently and another one is allowed */
    private Optional<SendOutcome> trySend(MimeMail mail, MimeMessage exact, int attempt) {
        boolean last = attempt >= settings.attempts();
        Transport transport;
        try {
            transport = session.getTransport();
            connect(transport);
        } catch (AuthenticationFailedException e) {
            return Optional.of(SmtpFailures.authentication(settings, e));
        } catch (MessagingException e) {
            return SmtpFailures.connect(settings, e, attempt, last);
        }
        try {
            transport.sendMessage(exact, mail.recipients());
        } catch (SendFailedException e) {
            closeQuietly(transport);
            return SmtpFailures.rejected(settings, e, attempt, last);
        } catch (MessagingException e) {
            closeQuietly(transport);
            throw new SendStrategyException(
                    "the connection to " + settings.endpoint() + " failed while sending " + mail.messageId() + " ("
                            + e.getMessage() + "); the relay may have accepted it",
                    true,
                    e);
        }
        closeQuietly(transport);
        return Optional.of(new SendOutcome.Sent(mail.messageId(), mail.bytes(), null));
    }

    /** Once the relay has answered, a failing QUIT changes nothing about the mail. */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The mail's fate was decided by the reply to DATA; the session end carries no information.
        }
    }

    private void connect(Transport transport) throws MessagingException {
        if (settings.authenticates()) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            transport.connect();
        }
    }

    private MimeMessage parse(MimeMail mail) {
        try {
            return new MimeMessage(session, new ByteArrayInputStream(mail.bytes()));
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

    static boolean unreachable(Throwable e) {
        return SmtpReply.cause(e, ConnectException.class).isPresent()
                || SmtpReply.cause(e, SocketTimeoutException.class).isPresent()
                || SmtpReply.cause(e, UnknownHostException.class).isPresent();
    }

    static boolean tlsProblem(Throwable e) {
        return SmtpReply.cause(e, SSLException.class).isPresent()
                || String.valueOf(e.getMessage()).contains("STARTTLS");
    }
}
