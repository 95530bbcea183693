package com.roboplanet.soconnector.adapters.smtp;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The one place that turns settings into Jakarta Mail sessions: one for ordinary mail, and one with
 * {@code mail.mime.allowutf8} for mail whose addresses have letters beyond ASCII before the {@code @}. Only that one
 * writes UTF-8 headers and asks the relay for {@code SMTPUTF8} on {@code MAIL FROM}: a mail that says it needs
 * SMTPUTF8 bounces at any later hop without it, so ordinary mail must not say so (RFC 6531 section 3.4).
 */
final class SmtpSessions {
    private final Session plain;
    private final Session utf8;

    SmtpSessions(SmtpSettings settings) {
        this.plain = create(settings, false);
        this.utf8 = create(settings, true);
    }

    /** @param smtpUtf8 whether the mail needs SMTPUTF8 ({@link MimeMail#smtpUtf8()}) */
    Session session(boolean smtpUtf8) {
        return smtpUtf8 ? utf8 : plain;
    }

    /** The protocol name Angus registers the transport under: {@code smtps} for TLS from the first byte. */
    static String protocol(SmtpSettings settings) {
        return settings.security() == SmtpSecurity.SSL ? "smtps" : "smtp";
    }

    private static Session create(SmtpSettings settings, boolean smtpUtf8) {
        String protocol = protocol(settings);
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", Integer.toString(settings.port()));
        props.setProperty(p + "from", settings.from().ascii());
        props.setProperty(p + "auth", Boolean.toString(settings.authenticates()));
        props.setProperty(
                p + "connectiontimeout", Long.toString(settings.timeout().toMillis()));
        props.setProperty(p + "timeout", Long.toString(settings.timeout().toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(settings.timeout().toMillis()));
        if (settings.security() == SmtpSecurity.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (settings.security() != SmtpSecurity.NONE) {
            props.setProperty(p + "ssl.protocols", "TLSv1.3 TLSv1.2");
        }
        if (settings.sslTrust() == null) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
        } else {
            // The operator vouches for whatever certificate these hosts present (self-signed, no SAN
            // for an IP); a name check against such a certificate would only ever fail.
            props.setProperty(p + "ssl.trust", settings.sslTrust());
            props.setProperty(p + "ssl.checkserveridentity", "false");
        }
        if (smtpUtf8) {
            props.setProperty("mail.mime.allowutf8", "true");
        }
        return Session.getInstance(props);
    }
}
