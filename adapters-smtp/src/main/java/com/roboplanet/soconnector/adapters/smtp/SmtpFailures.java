package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Refusal;
import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Stage;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendOutcome.NotAvailable;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import jakarta.mail.MessagingException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Turns what happened at the relay into outcomes with a reason and a fix, or, after the end of the data without a
 * reply, into "possibly delivered". Decides by {@link RelayTransport}'s record of the stage and the replies, never by
 * the type of Jakarta Mail's exception. Nothing here may contain the password: only the endpoint and the server's
 * replies are quoted.
 */
final class SmtpFailures {
    private final SmtpSettings settings;

    SmtpFailures(SmtpSettings settings) {
        this.settings = settings;
    }

    /** The login failed: a refused login, or no mechanism both sides know. */
    SendOutcome loginRefused(RelayTransport transport, MessagingException e) {
        return transport
                .refusal()
                .<SendOutcome>map(r -> refused(transport, r, false, 1, true).orElseThrow())
                .orElseGet(() -> new NotAvailable(
                        "the SMTP relay " + settings.endpoint() + " refused the login: " + firstLine(e),
                        RelayRefusal.LOGIN_REFUSED.fix(settings, transport.heloName(), false)));
    }

    /**
     * Connecting failed before any mail was sent: unreachable, TLS, or a refusal of the greeting or STARTTLS.
     *
     * @return empty to retry
     */
    Optional<SendOutcome> connectFailed(RelayTransport transport, MessagingException e, int attempt, boolean last) {
        Optional<Refusal> refusal = transport.refusal();
        if (refusal.isPresent()) {
            return refused(transport, refusal.get(), false, attempt, last);
        }
        if (unreachable(e) && !last) {
            return Optional.empty();
        }
        if (tlsProblem(e)) {
            return Optional.of(new NotAvailable(
                    "TLS with the SMTP relay " + settings.endpoint() + " failed: " + tlsDetail(e),
                    "check SMTP_SECURITY (starttls for port 587, ssl for 465) and the relay's certificate;"
                            + " for an internal relay with a self-signed certificate set SMTP_SSL_TRUST to its host"));
        }
        return Optional.of(new NotAvailable(
                "cannot use the SMTP relay " + settings.endpoint() + " after " + attempts(attempt) + ": "
                        + firstLine(e),
                "check SMTP_HOST and SMTP_PORT, that the relay is running, and that this machine may reach it"));
    }

    /**
     * The mail transaction failed. Before the end of the data the relay cannot have the mail (RFC 5321 section
     * 4.1.1.4: a mail is accepted only by the reply to the final dot), so a refusal or a broken connection there is
     * "not delivered". Once the final dot is on its way, only a 4xx/5xx reply to it says "not delivered"; a closed or
     * reset connection, a timeout or a TLS failure instead of the reply means the relay may have queued the mail.
     *
     * @return empty to retry
     * @throws SendStrategyException possibly delivered, when the end of the data got no reply
     */
    Optional<SendOutcome> transactionFailed(
            RelayTransport transport, MimeMail mail, MessagingException e, int attempt, boolean last) {
        if (transport.endOfDataSent()) {
            Optional<SmtpReply> reply = transport.endOfDataReply();
            if (reply.isPresent() && reply.get().refusal()) {
                return refused(transport, new Refusal(Stage.END_OF_DATA, reply.get()), mail.repIsFrom(), attempt, last);
            }
            throw new SendStrategyException(
                    "the whole mail " + mail.messageId() + " went to the SMTP relay " + settings.endpoint() + ", but"
                            + " its reply to the end of the data never came (" + noReply(e) + "): it may have accepted"
                            + " the mail, so it is neither sent again nor handed to another strategy; check whether"
                            + " it arrived (the relay's log, the recipient) before sending it again",
                    true,
                    e);
        }
        Optional<Refusal> refusal = transport.refusal();
        if (refusal.isPresent()) {
            return refused(transport, refusal.get(), mail.repIsFrom(), attempt, last);
        }
        if (!last) {
            return Optional.empty();
        }
        return Optional.of(new NotAvailable(
                "the connection to the SMTP relay " + settings.endpoint() + " broke at "
                        + transport.stage().label() + ", before the mail was complete (" + firstLine(e)
                        + "), after " + attempts(attempt) + "; nothing was delivered",
                "check that the relay is running and that this machine may reach it; send again later"));
    }

    /**
     * A 4xx/5xx reply, read through {@link RelayRefusal}'s table.
     *
     * @return empty to retry ({@link RelayRefusal#retry()} and attempts left)
     */
    Optional<SendOutcome> refused(
            RelayTransport transport, Refusal refusal, boolean repIsFrom, int attempt, boolean last) {
        RelayRefusal kind = RelayRefusal.of(refusal);
        if (kind.retry() && !last) {
            return Optional.empty();
        }
        return Optional.of(new NotAvailable(
                "the SMTP relay " + settings.endpoint() + " " + kind.meaning() + ": " + refusal.reply()
                        + " (reply to " + refusal.stage().label() + (attempt > 1 ? ", " + attempts(attempt) : "")
                        + ")",
                kind.fix(settings, transport.heloName(), repIsFrom)));
    }

    /** The relay lacks SMTPUTF8, which an address with letters beyond ASCII before the {@code @} needs. */
    SendOutcome smtpUtf8Missing(EmailAddress address) {
        return new NotAvailable(
                "the SMTP relay " + settings.endpoint() + " does not offer SMTPUTF8 (RFC 6531), which " + address
                        + " needs: its part before @ is not ASCII",
                "use an address whose part before @ is ASCII, or a relay that offers SMTPUTF8 (e.g. Postfix 3,"
                        + " Gmail)");
    }

    private String noReply(MessagingException e) {
        if (cause(e, SocketTimeoutException.class).isPresent()) {
            return "nothing within " + settings.timeout().toSeconds() + " s";
        }
        if (cause(e, SSLException.class).isPresent()) {
            return "the TLS connection failed: " + tlsDetail(e);
        }
        if (cause(e, SocketException.class).isPresent()) {
            return "the connection was reset: "
                    + firstLine(cause(e, SocketException.class).orElseThrow());
        }
        if (cause(e, EOFException.class).isPresent()
                || String.valueOf(e.getMessage()).contains("[EOF]")) {
            return "the relay closed the connection";
        }
        return "the connection failed: " + firstLine(e);
    }

    private static String attempts(int attempt) {
        return attempt + " attempt" + (attempt == 1 ? "" : "s");
    }

    static boolean unreachable(Throwable e) {
        return cause(e, ConnectException.class).isPresent()
                || cause(e, NoRouteToHostException.class).isPresent()
                || cause(e, SocketTimeoutException.class).isPresent()
                || cause(e, UnknownHostException.class).isPresent();
    }

    static boolean tlsProblem(Throwable e) {
        return cause(e, SSLException.class).isPresent()
                || String.valueOf(e.getMessage()).contains("STARTTLS");
    }

    static String tlsDetail(MessagingException e) {
        return cause(e, SSLException.class).map(SmtpFailures::firstLine).orElseGet(() -> firstLine(e));
    }

    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }

    /** The first of this type along causes and Jakarta Mail's "next exceptions". */
    static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
