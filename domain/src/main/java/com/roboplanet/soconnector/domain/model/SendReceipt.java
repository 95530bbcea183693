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
        List<String> plan) {

    /** The outcome of one send. */
    public enum Status {
        /** A relay or agent accepted the mail and it is archived (or the agent archived it itself). */
        SENT_AND_ARCHIVED,
        /** Accepted, but the archive failed: the journal keeps it; {@code send --resume} archives it later. */
        SENT_ARCHIVE_PENDING,
        /** A task was created for the rep, who sends the mail from their own program. */
        HANDED_OFF,
        /** The journal already holds this key as sent or handed off: nothing was done this time. */
        ALREADY_DONE,
        /** An earlier run crashed while a strategy was sending: whether the mail left is unknown. */
        NEEDS_CHECKING,
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
            case NEEDS_CHECKING, NOT_SENT, IN_USE, DRY_RUN -> false;
        };
    }
}
