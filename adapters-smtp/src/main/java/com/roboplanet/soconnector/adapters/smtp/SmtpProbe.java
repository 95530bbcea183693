package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Refusal;
import com.roboplanet.soconnector.adapters.smtp.RelayTransport.Stage;
import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;

/**
 * Checks the relay without sending anything, one row per step: connect (with this machine's EHLO name), TLS, login,
 * and whether it would accept the rep's mail: {@code MAIL FROM:<SMTP_FROM>}, {@code RCPT TO:<postmaster@example.com>},
 * then {@code RSET}, so no mail is ever started. Refusals read through {@link RelayRefusal}'s table, like a send.
 *
 * <p>The {@link Capability#SMTP_ACCEPTS_MAIL} row: {@code OK} when both commands were accepted (or only the test
 * address itself was refused, which shows the relay does relay to outside domains); {@code FAILED} when the relay
 * refused {@code MAIL FROM} or {@code RCPT TO} for any other reason, or closed the connection; {@code SKIPPED} when an
 * earlier step failed. Its evidence names the command and the reply, e.g.
 * {@code RCPT TO:<postmaster@example.com> 454 4.7.1 Relay access denied}.
 */
public final class SmtpProbe implements CapabilityProbe {
    static final Capability CONNECT = Capability.SMTP_CONNECT;
    static final Capability TLS = Capability.SMTP_TLS;
    static final Capability LOGIN = Capability.SMTP_LOGIN;
    static final Capability ACCEPTS = Capability.SMTP_ACCEPTS_MAIL;

    /**
     * An address outside the company for {@code RCPT TO}: relaying is refused for outside domains only. RFC 2606
     * reserves example.com, so it is never a real customer; every domain has a postmaster (RFC 5321 section 4.5.1).
     */
    static final String OUTSIDE_RECIPIENT = "postmaster@example.com";

    private final SmtpSettings settings;
    private final SmtpSessions sessions;

    public SmtpProbe(SmtpSettings settings) {
        this.settings = settings;
        this.sessions = new SmtpSessions(settings);
    }

    /** @return the rows CONNECT, TLS, LOGIN, ACCEPTS, in this order */
    @Override
    public List<ProbeRow> probe() {
        RelayTransport transport = new RelayTransport(sessions.session(false), settings, HeloName.of(settings));
        try {
            if (settings.authenticates()) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            } else {
                transport.connect();
            }
        } catch (AuthenticationFailedException e) {
            return List.of(connected(), tlsOk(), loginFailed(transport, e), skipped(ACCEPTS));
        } catch (MessagingException e) {
            return failedBeforeLogin(transport, e);
        }
        try {
            return List.of(connected(), tlsOk(), loginOk(), accepts(transport));
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // QUIT after RSET: nothing depends on it.
            }
        }
    }

    private ProbeRow accepts(RelayTransport transport) {
        String mailFrom = "MAIL FROM:<" + settings.from().ascii() + ">";
        String rcptTo = "RCPT TO:<" + OUTSIDE_RECIPIENT + ">";
        try {
            Optional<SmtpReply> sender = transport.command(Stage.MAIL_FROM, mailFrom);
            if (sender.isEmpty() || sender.get().code() != 250) {
                return refusedEnvelope(transport, Stage.MAIL_FROM, mailFrom, sender);
            }
            Optional<SmtpReply> recipient = transport.command(Stage.RCPT_TO, rcptTo);
            transport.command(Stage.SESSION, "RSET");
            String evidence = mailFrom + " " + sender.get() + "; " + rcptTo + " "
                    + recipient.map(SmtpReply::text).orElse("");
            if (recipient.isPresent()
                    && (recipient.get().code() == 250 || recipient.get().code() == 251)) {
                return new ProbeRow(
                        ACCEPTS,
                        Status.OK,
                        evidence,
                        "the relay would take a mail from SMTP_FROM to an outside domain; RSET, nothing was sent"
                                + " (a \"Send As\" refusal of the rep as From shows only when a mail is sent)",
                        "");
            }
            if (recipient.isPresent()
                    && RelayRefusal.of(new Refusal(Stage.RCPT_TO, recipient.get()))
                            == RelayRefusal.RECIPIENT_REJECTED) {
                return new ProbeRow(
                        ACCEPTS,
                        Status.OK,
                        evidence,
                        "the relay relays to outside domains: it refused only the test address " + OUTSIDE_RECIPIENT
                                + " (a reserved domain that takes no mail); RSET, nothing was sent",
                        "");
            }
            return refusedEnvelope(transport, Stage.RCPT_TO, rcptTo, recipient);
        } catch (MessagingException e) {
            return new ProbeRow(
                    ACCEPTS,
                    Status.FAILED,
                    SmtpFailures.firstLine(e),
                    "the connection broke at " + transport.stage().label() + ": the relay would not take the mail",
                    "check the relay's log; run probe again");
        }
    }

    private ProbeRow refusedEnvelope(RelayTransport transport, Stage stage, String command, Optional<SmtpReply> reply) {
        if (reply.isEmpty() || !reply.get().refusal()) {
            return new ProbeRow(
                    ACCEPTS,
                    Status.FAILED,
                    command + " " + reply.map(SmtpReply::text).orElse("(no reply)"),
                    "the relay gave no usable answer to " + stage.label() + ": it would not take the mail",
                    "check the relay's log; run probe again");
        }
        RelayRefusal kind = RelayRefusal.of(new Refusal(stage, reply.get()));
        return new ProbeRow(
                ACCEPTS,
                Status.FAILED,
                command + " " + reply.get(),
                "the relay " + kind.meaning() + " at " + stage.label() + ": it would not accept the rep's mail",
                kind.fix(settings, transport.heloName(), false));
    }

    private List<ProbeRow> failedBeforeLogin(RelayTransport transport, MessagingException e) {
        Optional<Refusal> refusal = transport.refusal();
        if (refusal.isEmpty() && SmtpFailures.tlsProblem(e)) {
            return List.of(
                    connected(),
                    new ProbeRow(
                            TLS,
                            Status.FAILED,
                            SmtpFailures.tlsDetail(e),
                            "no protected connection to the relay",
                            "check SMTP_SECURITY (starttls for 587, ssl for 465) and the relay's certificate"),
                    skipped(LOGIN),
                    skipped(ACCEPTS));
        }
        ProbeRow connect = refusal.map(r -> refusedConnect(transport, r))
                .orElseGet(() -> new ProbeRow(
                        CONNECT,
                        Status.FAILED,
                        SmtpFailures.firstLine(e),
                        "cannot reach the relay at " + settings.host() + ":" + settings.port(),
                        "check SMTP_HOST and SMTP_PORT, and that this machine may reach the relay"));
        return List.of(connect, skipped(TLS), skipped(LOGIN), skipped(ACCEPTS));
    }

    private ProbeRow refusedConnect(RelayTransport transport, Refusal refusal) {
        RelayRefusal kind = RelayRefusal.of(refusal);
        String greeting = refusal.stage() == Stage.GREETING ? " (EHLO " + transport.heloName() + ")" : "";
        return new ProbeRow(
                CONNECT,
                Status.FAILED,
                refusal.reply().text(),
                "the relay at " + settings.host() + ":" + settings.port() + " " + kind.meaning() + greeting,
                kind.fix(settings, transport.heloName(), false));
    }

    private ProbeRow loginFailed(RelayTransport transport, AuthenticationFailedException e) {
        String evidence = transport.refusal().map(r -> r.reply().text()).orElseGet(() -> SmtpFailures.firstLine(e));
        return new ProbeRow(
                LOGIN,
                Status.FAILED,
                evidence,
                "the relay refused the login for " + settings.username(),
                RelayRefusal.LOGIN_REFUSED.fix(settings, transport.heloName(), false));
    }

    private ProbeRow connected() {
        return new ProbeRow(CONNECT, Status.OK, settings.host() + ":" + settings.port(), "the relay answers", "");
    }

    private ProbeRow tlsOk() {
        if (settings.security() == SmtpSecurity.NONE) {
            return new ProbeRow(TLS, Status.SKIPPED, "", "SMTP_SECURITY=none: a relay on this machine, no TLS", "");
        }
        return new ProbeRow(TLS, Status.OK, settings.security().configName(), "the connection is encrypted", "");
    }

    private ProbeRow loginOk() {
        if (!settings.authenticates()) {
            return new ProbeRow(LOGIN, Status.SKIPPED, "", "no SMTP_USERNAME: the relay is used without login", "");
        }
        return new ProbeRow(LOGIN, Status.OK, settings.username(), "the relay accepts the login; no mail was sent", "");
    }

    private static ProbeRow skipped(Capability capability) {
        return new ProbeRow(capability, Status.SKIPPED, "", "not checked: an earlier step failed", "");
    }
}
