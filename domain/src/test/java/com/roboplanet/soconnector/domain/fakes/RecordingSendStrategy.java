package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** A strategy that answers from a script and records every mail it was asked to send. */
public final class RecordingSendStrategy implements SendStrategy {
    private final String name;
    private final Deque<Supplier<SendOutcome>> script = new ArrayDeque<>();
    private final List<OutboundEmail> calls = new ArrayList<>();
    private final List<PreparedMail> prepared = new ArrayList<>();

    public RecordingSendStrategy(String name) {
        this.name = name;
    }

    /** Answers every following call with a SENT of a Message-ID derived from the key. */
    public static RecordingSendStrategy sending(String name) {
        return new RecordingSendStrategy(name);
    }

    public RecordingSendStrategy then(SendOutcome outcome) {
        script.add(() -> outcome);
        return this;
    }

    public RecordingSendStrategy thenThrow(RuntimeException failure) {
        script.add(() -> {
            throw failure;
        });
        return this;
    }

    public static String messageIdFor(IdempotencyKey key) {
        return "<" + key.value() + "@test.example>";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe(OutboundEmail email) {
        return "would record a mail to " + email.recipient().email();
    }

    /**
     * Plans the Message-ID and renders the bytes ({@code MIME of <subject>}) before sending, as the relay does; a
     * strategy named {@code email-agent} plans only the Message-ID and one named {@code activity-handoff} nothing, as
     * theirs do.
     */
    @Override
    public PreparedMail prepare(OutboundEmail email, IdempotencyKey key) {
        return switch (name) {
            case "email-agent" -> new PreparedMail(email, key, messageIdFor(key), null);
            case "activity-handoff" -> PreparedMail.unplanned(email, key);
            default -> new PreparedMail(email, key, messageIdFor(key), mime(email));
        };
    }

    public static byte[] mime(OutboundEmail email) {
        return ("MIME of " + email.subject()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public SendOutcome send(PreparedMail mail) {
        calls.add(mail.email());
        prepared.add(mail);
        Supplier<SendOutcome> next = script.poll();
        if (next == null) {
            return new SendOutcome.Sent(messageIdFor(mail.key()), mail.mime(), null);
        }
        return next.get();
    }

    /** What each call was handed, in order. */
    public List<PreparedMail> prepared() {
        return List.copyOf(prepared);
    }

    public List<OutboundEmail> calls() {
        return List.copyOf(calls);
    }
}
