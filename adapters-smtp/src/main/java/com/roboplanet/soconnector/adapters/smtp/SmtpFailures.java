package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendOutcome.NotAvailable;
import jakarta.mail.MessagingException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Turns relay failures before the mail was accepted into outcomes with a reason and a fix. Nothing
 * here may contain the password: only the endpoint and the server's reply are quoted.
 */
final class SmtpFailures {
    private SmtpFailures() {}

    static SendOutcome authentication(SmtpSettings settings, MessagingException e) {
        String reply = SmtpReply.in(e).map(r -> ": " + r).orElse("");
        return new NotAvailable(
                "the SMTP relay " + settings.endpoint() + " refused the login" + reply,
                "check SMTP_USERNAME and SMTP_PASSWORD; Microsoft 365 needs SMTP AUTH enabled for the mailbox,"
                        + " Gmail an app password");
    }

    /** @return empty to retry */
    static Optional<SendOutcome> connect(SmtpSettings settings, MessagingException e, int attempt, boolean last) {
        Optional<SmtpReply> reply = SmtpReply.in(e);
        boolean transientFailure = SmtpRelaySendStrategy.unreachable(e)
                || reply.map(SmtpReply::transient4xx).orElse(false);
        if (transientFailure && !last) {
            return Optional.empty();
        }
        if (SmtpRelaySendStrategy.tlsProblem(e)) {
            return Optional.of(new NotAvailable(
                    "TLS with the SMTP relay " + settings.endpoint() + " failed: " + tlsDetail(e),
                    "check SMTP_SECURITY (starttls for port 587, ssl for 465) and the relay's certificate;"
                            + " for an internal relay with a self-signed certificate set SMTP_SSL_TRUST to its host"));
        }
        String what = reply.map(r -> "answered " + r).orElseGet(() -> firstLine(e));
        return Optional.of(new NotAvailable(
                "cannot use the SMTP relay " + settings.endpoint() + " after " + attempt + " attempt"
                        + (attempt == 1 ? "" : "s") + ": " + what,
                "check SMTP_HOST and SMTP_PORT, that the relay is running, and that this machine may reach it"));
    }

    /** @return empty to retry */
    static Optional<SendOutcome> rejected(SmtpSettings settings, MessagingException e, int attempt, boolean last) {
        Optional<SmtpReply> reply = SmtpReply.in(e);
        if (reply.map(SmtpReply::transient4xx).orElse(false) && !last) {
            return Optional.empty();
        }
        String what = reply.map(SmtpReply::toString).orElseGet(() -> firstLine(e));
        return Optional.of(new NotAvailable(
                "the SMTP relay " + settings.endpoint() + " did not accept the mail"
                        + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": " + what,
                fix(reply)));
    }

    private static String fix(Optional<SmtpReply> reply) {
        String text = reply.map(SmtpReply::toString).orElse("");
        if (text.contains("5.7.") || text.contains("SendAs") || text.contains("not owned")) {
            return "the relay account may not send as the rep: grant it Send As rights, or set SMTP_REP_AS_FROM=never"
                    + " so that the relay's own address is From and replies still reach the rep";
        }
        if (text.contains("5.1.")
                || reply.map(r -> r.code() == 550 || r.code() == 553).orElse(false)) {
            return "check the recipient's and the rep's e-mail addresses";
        }
        return "read the relay's reply above; the relay's log tells more";
    }

    static String tlsDetail(MessagingException e) {
        return SmtpReply.cause(e, SSLException.class)
                .map(SmtpFailures::firstLine)
                .orElseGet(() -> firstLine(e));
    }

    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }
}
