package com.roboplanet.soconnector.sandbox.agents;

import com.roboplanet.soconnector.sandbox.SentMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Renders the EMail agent's mails (with the Message-ID the request gave) and hands them to the configured SMTP host
 * (the full profile), if there is one.
 */
final class MailRelay {
    private final Session session;
    private final boolean relays;

    /** @param host null: render only, relay nothing */
    MailRelay(String host, int port) {
        Properties properties = new Properties();
        if (host != null) {
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", Integer.toString(port));
        }
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        session = Session.getInstance(properties);
        relays = host != null;
    }

    boolean relays() {
        return relays;
    }

    /** The mail as RFC 5322 bytes, the way the agent archives it. */
    byte[] render(SentMail mail) throws MessagingException {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            message(mail).writeTo(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new MessagingException("cannot render the mail", e);
        }
    }

    void send(SentMail mail) throws MessagingException {
        Transport.send(message(mail));
    }

    private MimeMessage message(SentMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setFrom(new InternetAddress(mail.from()));
        for (String to : mail.to()) message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.htmlBody().isEmpty()) {
            message.setText(mail.plainBody(), StandardCharsets.UTF_8.name());
        } else {
            message.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        }
        message.saveChanges();
        return message;
    }
}
