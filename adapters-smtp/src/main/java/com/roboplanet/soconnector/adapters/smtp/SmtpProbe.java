package com.roboplanet.soconnector.adapters.smtp;

import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.List;

/** Checks the relay without sending anything: connect, TLS, login. One row per step. */
public final class SmtpProbe implements CapabilityProbe {
    static final Capability CONNECT = Capability.SMTP_CONNECT;
    static final Capability TLS = Capability.SMTP_TLS;
    static final Capability LOGIN = Capability.SMTP_LOGIN;

    private final SmtpSettings settings;
    private final Session session;

    public SmtpProbe(SmtpSettings settings) {
        this.settings = settings;
        this.session = SmtpSessions.create(settings);
    }

    @Override
    public List<ProbeRow> probe() {
        try (Transport transport = session.getTransport()) {
            if (settings.authenticates()) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            } else {
                transport.connect();
            }
            return List.of(connected(), tlsOk(), loginOk());
        } catch (AuthenticationFailedException e) {
            return List.of(
                    connected(),
                    tlsOk(),
                    new ProbeRow(
                            LOGIN,
                            Status.FAILED,
                            reply(e),
                            "the relay refused the login for " + settings.username(),
                            "check SMTP_USERNAME and SMTP_PASSWORD; Microsoft 365 needs SMTP AUTH enabled for the mailbox"));
        } catch (MessagingException e) {
            return failedBeforeLogin(e);
        }
    }

    private List<ProbeRow> failedBeforeLogin(MessagingException e) {
        if (SmtpRelaySendStrategy.tlsProblem(e)) {
            return List.of(
                    connected(),
                    new ProbeRow(
                            TLS,
                            Status.FAILED,
                            reply(e),
                            "no protected connection to the relay",
                            "check SMTP_SECURITY (starttls for 587, ssl for 465) and the relay's certificate"),
                    skipped(LOGIN));
        }
        return List.of(
                new ProbeRow(
                        CONNECT,
                        Status.FAILED,
                        reply(e),
                        "cannot reach the relay at " + settings.host() + ":" + settings.port(),
                        "check SMTP_HOST and SMTP_PORT, and that this machine may reach the relay"),
                skipped(TLS),
                skipped(LOGIN));
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

    private static String reply(MessagingException e) {
        return SmtpReply.in(e).map(SmtpReply::toString).orElseGet(() -> {
            String m = String.valueOf(e.getMessage()).strip();
            int end = m.indexOf('\n');
            return end < 0 ? m : m.substring(0, end);
        });
    }
}
