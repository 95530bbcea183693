package com.roboplanet.soconnector.adapters.smtp;

import jakarta.mail.Session;
import java.util.Properties;

/** The one place that turns settings into Jakarta Mail session properties. */
final class SmtpSessions {
    private SmtpSessions() {}

    static Session create(SmtpSettings settings) {
        String protocol = settings.security() == SmtpSecurity.SSL ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", Integer.toString(settings.port()));
        props.setProperty(p + "from", settings.from().value());
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
        return Session.getInstance(props);
    }
}
