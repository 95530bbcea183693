package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A strategy that answers from a script and records every mail it was asked to send. */
public final class RecordingSendStrategy implements SendStrategy {
    private final String name;
    private final Deque<Supplier<SendOutcome>> script = new ArrayDeque<>();
    private final List<OutboundEmail> calls = new ArrayList<>();

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

    @Override
    public Optional<String> plannedMessageId(OutboundEmail email, IdempotencyKey key) {
        return Optional.of(messageIdFor(key));
    }

    @Override
    public SendOutcome send(OutboundEmail email, IdempotencyKey key) {
        calls.add(email);
        Supplier<SendOutcome> next = script.poll();
        if (next == null) {
            return new SendOutcome.Sent(messageIdFor(key), ("MIME of " + email.subject()).getBytes(), null);
        }
        return next.get();
    }

    public List<OutboundEmail> calls() {
        return List.copyOf(calls);
    }
}
