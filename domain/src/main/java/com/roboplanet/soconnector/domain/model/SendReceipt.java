package com.roboplanet.soconnector.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a send did, as a value: which strategy served (or why none did), the Message-ID, the archived
 * document or the hand-off task.
 *
 * @param strategy the strategy that served; null when none did
 * @param messageId the Message-ID of the mail that went out or was about to; null when there is none
 * @param documentId the archived document; null when not (yet) archived
 * @param taskId the hand-off task; null unless handed off
 * @param attempts the strategies tried before, in order, with why each did not serve
 * @param detail one line for the user: what happened and, where needed, what to do next
 * @param plan for a dry run only: what would be sent and where, one line each
 * @param strategyCalled whether this run called a strategy for the mail (it may have reached the relay or SuperOffice);
 *     false when the journal answered, or the run only looked, archived or decided
 */
public record SendReceipt(
        IdempotencyKey key,
        Status status,
        String strategy,
        String messageId,
        Long documentId,
        Long taskId,
        List<StrategyAttempt> attempts,
        String detail,
        List<String> plan,
        boolean strategyCalled) {

    /** The outcome of one send. */
    public enum Status {
        /** A relay or agent accepted the mail and it is archived (or the agent archived it itself). */
        SENT_AND_ARCHIVED,
        /** Accepted, but the archive failed: the journal keeps it; {@code send --resume} archives it later. */
        SENT_ARCHIVE_PENDING,
        /** A task was created for the rep, who sends the mail from their own program. */
        HANDED_OFF,
        /** The journal already holds this key as sent and archived, or handed off: finished, nothing was done now. */
        ALREADY_DONE,
        /**
         * An earlier run died (or lost the answer) while a strategy was sending, and nothing the connector can read
         * shows whether the mail left: a person looks, then decides with {@code send --resolve KEY --sent} or
         * {@code --not-sent}.
         */
        NEEDS_CHECKING,
        /**
         * Written by an earlier version, which did not record the tenant: never archived or sent before a person
         * assigns it ({@code send --resume --assign-legacy-to-current-tenant}).
         */
        UNASSIGNED,
        /** Sent for another tenant than the one this run is configured for: finished only with that tenant's settings. */
        OTHER_TENANT,
        /** No configured strategy could serve: nothing was sent. */
        NOT_SENT,
        /** Another run holds this key right now: nothing was done. */
        IN_USE,
        /** Dry run: nothing was sent, nothing was written. */
        DRY_RUN
    }

    public SendReceipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        attempts = List.copyOf(Objects.requireNonNullElse(attempts, List.of()));
        detail = Objects.requireNonNullElse(detail, "");
        plan = List.copyOf(Objects.requireNonNullElse(plan, List.of()));
    }

    public Optional<String> strategyIfAny() {
        return Optional.ofNullable(strategy);
    }

    public Optional<String> messageIdIfAny() {
        return Optional.ofNullable(messageId);
    }

    public OptionalLong documentIdIfAny() {
        return documentId == null ? OptionalLong.empty() : OptionalLong.of(documentId);
    }

    public OptionalLong taskIdIfAny() {
        return taskId == null ? OptionalLong.empty() : OptionalLong.of(taskId);
    }

    /** True when a mail went out or a task was created in this run or an earlier one. */
    public boolean delivered() {
        return switch (status) {
            case SENT_AND_ARCHIVED, SENT_ARCHIVE_PENDING, HANDED_OFF, ALREADY_DONE -> true;
            case NEEDS_CHECKING, UNASSIGNED, OTHER_TENANT, NOT_SENT, IN_USE, DRY_RUN -> false;
        };
    }
}
