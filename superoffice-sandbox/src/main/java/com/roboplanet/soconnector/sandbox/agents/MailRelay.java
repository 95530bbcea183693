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

/** Hands the EMail agent's mails to the configured SMTP host (the full profile). */
final class MailRelay {
    private final Session session;

    MailRelay(String host, int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        session = Session.getInstance(properties);
    }

    void send(SentMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(mail.from()));
        for (String to : mail.to()) message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.htmlBody().isEmpty()) {
            message.setText(mail.plainBody(), StandardCharsets.UTF_8.name());
        } else {
            message.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        }
        message.saveChanges();
        Transport.send(message);
    }
}
