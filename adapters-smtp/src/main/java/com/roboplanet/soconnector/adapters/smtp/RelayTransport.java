package com.roboplanet.soconnector.adapters.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus's SMTP transport, made to say where in the protocol it is and what the relay answered there. Jakarta Mail's
 * exceptions cannot tell "the connection broke while the message was still being written" (the relay has no mail)
 * from "the connection broke after the final dot, before the reply" (the relay may have accepted it): both come out of
 * {@code sendMessage} as a {@code MessagingException}, and an end of stream after the dot even as a
 * {@code SMTPSendFailedException} "[EOF]", the type of a refusal. This subclass uses the extension points Angus
 * documents for subclasses ({@code mailFrom}, {@code rcptTo}, {@code data}, {@code finishData}, {@code ehlo},
 * {@code helo}, {@code readServerResponse}): each records the stage before Angus runs it, and every reply read is
 * recorded with the stage it answered. ADR 0005 explains how the send strategy decides from this.
 *
 * <p>One instance serves one attempt (one connection, at most one mail). Angus's BDAT/CHUNKING path is never used
 * ({@code mail.smtp.chunksize} is not set), so the end of the data is always {@link #finishData()}.
 */
final class RelayTransport extends SMTPTransport {
    /** Where the session is; each is entered before its command is written. */
    enum Stage {
        CONNECT("the connection"),
        GREETING("EHLO/HELO"),
        SESSION("STARTTLS/AUTH"),
        MAIL_FROM("MAIL FROM"),
        RCPT_TO("RCPT TO"),
        DATA("DATA"),
        CONTENT("the message data"),
        END_OF_DATA("the end of the data");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** As the messages name it: "refused at MAIL FROM", "broke during the message data". */
        String label() {
            return label;
        }
    }

    /** A 4xx/5xx reply and the stage it answered. */
    record Refusal(Stage stage, SmtpReply reply) {}

    private final String heloName;
    private Stage stage = Stage.CONNECT;
    /** The first 4xx/5xx of the latest stage that had one (a later RSET's reply must not replace the reason). */
    private Refusal refusal;

    private SmtpReply endOfDataReply;

    /** @param heloName the EHLO/HELO name, from {@link HeloName#of} */
    RelayTransport(Session session, SmtpSettings settings, String heloName) {
        super(
                session,
                new URLName(SmtpSessions.protocol(settings), settings.host(), settings.port(), null, null, null),
                SmtpSessions.protocol(settings),
                settings.security() == SmtpSecurity.SSL);
        this.heloName = heloName;
    }

    @Override
    public synchronized String getLocalHost() {
        return heloName;
    }

    /** Stays at GREETING when refused: Angus then tries HELO, and a failure there is still the greeting's. */
    @Override
    protected boolean ehlo(String domain) throws MessagingException {
        stage = Stage.GREETING;
        boolean accepted = super.ehlo(domain);
        if (accepted) {
            stage = Stage.SESSION;
        }
        return accepted;
    }

    @Override
    protected void helo(String domain) throws MessagingException {
        stage = Stage.GREETING;
        super.helo(domain);
        stage = Stage.SESSION;
    }

    @Override
    protected void mailFrom() throws MessagingException {
        stage = Stage.MAIL_FROM;
        super.mailFrom();
    }

    @Override
    protected void rcptTo() throws MessagingException {
        stage = Stage.RCPT_TO;
        super.rcptTo();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        stage = Stage.DATA;
        OutputStream content = super.data();
        stage = Stage.CONTENT;
        return content;
    }

    /**
     * Writes the final {@code .} and reads the reply. From the first byte of this on, the relay may hold the whole
     * mail: the remaining content and the dot travel in the same flush, and a relay that read them may have queued
     * the mail even if its reply never arrives.
     */
    @Override
    protected void finishData() throws IOException, MessagingException {
        stage = Stage.END_OF_DATA;
        super.finishData();
    }

    @Override
    protected int readServerResponse() throws MessagingException {
        int code = super.readServerResponse();
        Optional<SmtpReply> reply = SmtpReply.parse(getLastServerResponse());
        if (reply.isPresent()) {
            if (stage == Stage.END_OF_DATA) {
                if (endOfDataReply == null) {
                    endOfDataReply = reply.get();
                }
            } else if (reply.get().refusal() && (refusal == null || refusal.stage() != stage)) {
                refusal = new Refusal(stage, reply.get());
            }
        }
        return code;
    }

    /**
     * Sends one command outside a mail transaction (the probe's {@code MAIL FROM}, {@code RCPT TO}, {@code RSET}).
     *
     * @return the reply; empty when the relay sent none readable (closed the connection)
     */
    synchronized Optional<SmtpReply> command(Stage at, String command) throws MessagingException {
        stage = at;
        simpleCommand(command);
        return SmtpReply.parse(getLastServerResponse());
    }

    /** The stage the session has reached: where a failure happened. */
    synchronized Stage stage() {
        return stage;
    }

    /**
     * The relay's refusal at the stage the session stopped in (before the end of the data); empty when that stage
     * ended without one (the connection closed, reset or timed out). A refusal at an earlier stage that was then
     * overcome (EHLO refused, HELO accepted) does not count.
     */
    synchronized Optional<Refusal> refusal() {
        return refusal != null && refusal.stage() == stage ? Optional.of(refusal) : Optional.empty();
    }

    /** True once the final dot is being written: from here on the relay may have the mail. */
    synchronized boolean endOfDataSent() {
        return stage == Stage.END_OF_DATA;
    }

    /** The relay's reply to the end of the data; empty when none arrived (closed, reset, timed out, TLS failure). */
    synchronized Optional<SmtpReply> endOfDataReply() {
        return Optional.ofNullable(endOfDataReply);
    }

    /** The name this transport greets with. */
    String heloName() {
        return heloName;
    }
}
