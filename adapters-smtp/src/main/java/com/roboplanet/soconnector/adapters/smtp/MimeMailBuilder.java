package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Renders a mail once into bytes. The header rules (who is From, Sender, Reply-To) are decided in
 * ADR 0004: the rep is the author only where DMARC will pass. Addresses carry their domain in ASCII
 * ({@code xn--...}), display names and the subject stay RFC 2047-encoded; a mail with letters beyond ASCII before an
 * {@code @} is written with UTF-8 headers (RFC 6532) and marked {@link MimeMail#smtpUtf8()}.
 */
final class MimeMailBuilder {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpSettings settings;
    private final SmtpSessions sessions;
    private final Clock clock;

    MimeMailBuilder(SmtpSettings settings, SmtpSessions sessions, Clock clock) {
        this.settings = settings;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Derived from the key, so that a retry after an ambiguous failure carries the same Message-ID. */
    String messageId(IdempotencyKey key) {
        return "<" + key.value() + "@" + settings.from().domain() + ">";
    }

    /** True when the rep's address may be From: the relay can sign (DKIM) or is allowed (SPF) for its domain. */
    boolean repIsAuthor(OutboundEmail email) {
        return settings.repAsFrom() == RepAsFrom.ALIGNED
                && aligned(email.rep().email().domain(), settings.from().domain());
    }

    /**
     * Relaxed DMARC alignment, approximated without the public suffix list: same domain, or one is a
     * subdomain of the other. Misses only exotic cases (sibling subdomains), and then errs on the
     * safe side: the relay address becomes From.
     */
    static boolean aligned(String repDomain, String relayDomain) {
        return repDomain.equals(relayDomain)
                || repDomain.endsWith("." + relayDomain)
                || relayDomain.endsWith("." + repDomain);
    }

    MimeMail build(OutboundEmail email, IdempotencyKey key) {
        String messageId = messageId(key);
        boolean smtpUtf8 = !(settings.from().hasAsciiLocalPart()
                && email.rep().email().hasAsciiLocalPart()
                && email.recipient().email().hasAsciiLocalPart());
        boolean repIsFrom = repIsAuthor(email);
        try {
            MimeMessage message = new FixedIdMessage(sessions.session(smtpUtf8), messageId);
            InternetAddress rep = address(email.rep().email(), email.rep().name());
            InternetAddress relay = address(settings.from(), settings.fromName());
            if (repIsFrom) {
                setAddress(message, "From", rep);
                if (!rep.getAddress().equalsIgnoreCase(relay.getAddress())) {
                    setAddress(message, "Sender", relay);
                }
            } else {
                String name = email.rep().name().isEmpty()
                        ? settings.fromName()
                        : email.rep().name();
                setAddress(message, "From", address(settings.from(), name));
            }
            setAddress(message, "Reply-To", rep);
            InternetAddress to =
                    address(email.recipient().email(), email.recipient().name());
            setAddress(message, "To", to);
            message.setSubject(email.subject(), UTF_8);
            message.setSentDate(Date.from(clock.instant()));
            setBody(message, email);
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return new MimeMail(messageId, bytes.toByteArray(), new Address[] {to}, smtpUtf8, repIsFrom);
        } catch (MessagingException | IOException e) {
            throw new SendStrategyException(
                    "cannot render the mail \"" + email.subject() + "\": " + e.getMessage(), false, e);
        }
    }

    /**
     * Written as {@code InternetAddress.toString} writes it, whatever the session: with {@code mail.mime.allowutf8}
     * the setters of {@code MimeMessage} would put display names in raw UTF-8 instead of RFC 2047 words.
     */
    private static void setAddress(MimeMessage message, String header, InternetAddress address)
            throws MessagingException {
        message.setHeader(header, InternetAddress.toString(new Address[] {address}, header.length() + 2));
    }

    private static void setBody(MimeMessage message, OutboundEmail email) throws MessagingException {
        String text = crlf(email.textBody());
        if (email.htmlBodyIfAny().isEmpty()) {
            message.setText(text, UTF_8, "plain");
            return;
        }
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(crlf(email.htmlBodyIfAny().orElseThrow()), UTF_8, "html");
        message.setContent(new MimeMultipart("alternative", plain, html));
    }

    /**
     * The transport turns bare LFs into CRLF on the wire; doing it here first keeps the bytes we
     * archive identical to the bytes the relay received.
     */
    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    /** The domain in ASCII: SMTP and most mail programs know no other form (RFC 5890). */
    private static InternetAddress address(EmailAddress email, String name) throws UnsupportedEncodingException {
        return new InternetAddress(email.ascii(), name.isEmpty() ? null : name, UTF_8);
    }

    /** {@code saveChanges()} would otherwise replace the Message-ID with a random one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
