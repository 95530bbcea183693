package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.InMemorySendJournal;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.in.ResolveSendCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck.Finding;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the journal's state table in ADR 0005: each state a mail can be in (as a run left it) against each
 * command a user can run on it, with what the command answers (a receipt status, or a refusal that changes nothing), the
 * state it leaves, how many mails a strategy was handed and how many documents were archived. The command line maps
 * each status to its exit code ({@code SendExitCodesTest} in app-cli); a refusal is exit 3.
 */
class SendStateMachineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final TenantId TENANT = Mails.tenant();
    private static final OutboundEmail MAIL = Mails.mail("Angebot Omnie CD-01");
    private static final IdempotencyKey KEY = IdempotencyKey.derive(TENANT, MAIL);
    private static final IdempotencyKey GIVEN_KEY = new IdempotencyKey("row-7");
    private static final JournalLocation LOCATION = JournalLocation.of(Path.of("outbox"));

    /** How a run left the mail, and what the CRM shows of it. */
    enum Start {
        NONE,
        PREPARED,
        SENDING_RELAY,
        SENDING_HANDOFF_TASK_FOUND,
        SENDING_HANDOFF_NO_TASK,
        SENDING_HANDOFF_CRM_DOWN,
        SENDING_AGENT_DOCUMENT_FOUND,
        SENDING_AGENT_CANNOT_TELL,
        SENT,
        ARCHIVED,
        HANDED_OFF,
        UNASSIGNED,
        OTHER_TENANT
    }

    /** What the user runs. */
    enum Command {
        SEND,
        RESEND_UNCONFIRMED,
        RESUME,
        RESOLVE_SENT,
        RESOLVE_NOT_SENT,
        DRY_RUN
    }

    /**
     * @param status the receipt's status; null when the command refuses (exit 3) or, for a resume, lists nothing
     * @param after the journal state left under the mail's key; null when there is no entry
     * @param handedToStrategy how many times a strategy was handed the mail
     * @param archived how many documents the archive holds
     */
    record Expect(Status status, boolean refused, JournalState after, int handedToStrategy, int archived) {}

    static Expect answers(Status status, JournalState after, int sends, int archives) {
        return new Expect(status, false, after, sends, archives);
    }

    static Expect refused(JournalState after) {
        return new Expect(null, true, after, 0, 0);
    }

    static Expect listsNothing(JournalState after) {
        return new Expect(null, false, after, 0, 0);
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                cell(Start.NONE, Command.SEND, answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 1, 1)),
                cell(
                        Start.NONE,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 1, 1)),
                cell(Start.NONE, Command.RESUME, listsNothing(null)),
                cell(Start.NONE, Command.RESOLVE_SENT, refused(null)),
                cell(Start.NONE, Command.RESOLVE_NOT_SENT, refused(null)),
                cell(Start.NONE, Command.DRY_RUN, answers(Status.DRY_RUN, null, 0, 0)),
                cell(Start.PREPARED, Command.SEND, answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 1, 1)),
                cell(
                        Start.PREPARED,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 1, 1)),
                cell(Start.PREPARED, Command.RESUME, answers(Status.NOT_SENT, JournalState.PREPARED, 0, 0)),
                cell(Start.PREPARED, Command.RESOLVE_SENT, refused(JournalState.PREPARED)),
                cell(Start.PREPARED, Command.RESOLVE_NOT_SENT, answers(Status.NOT_SENT, JournalState.PREPARED, 0, 0)),
                cell(Start.PREPARED, Command.DRY_RUN, answers(Status.DRY_RUN, JournalState.PREPARED, 0, 0)),
                cell(Start.SENDING_RELAY, Command.SEND, answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_RELAY,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 1, 1)),
                cell(Start.SENDING_RELAY, Command.RESUME, answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_RELAY,
                        Command.RESOLVE_SENT,
                        answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 0, 1)),
                cell(
                        Start.SENDING_RELAY,
                        Command.RESOLVE_NOT_SENT,
                        answers(Status.NOT_SENT, JournalState.PREPARED, 0, 0)),
                cell(Start.SENDING_RELAY, Command.DRY_RUN, answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_TASK_FOUND,
                        Command.SEND,
                        answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_TASK_FOUND,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_TASK_FOUND,
                        Command.RESUME,
                        answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_TASK_FOUND,
                        Command.RESOLVE_SENT,
                        answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_TASK_FOUND,
                        Command.RESOLVE_NOT_SENT,
                        answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_TASK_FOUND,
                        Command.DRY_RUN,
                        answers(Status.ALREADY_DONE, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_NO_TASK,
                        Command.SEND,
                        answers(Status.HANDED_OFF, JournalState.HANDED_OFF, 1, 0)),
                cell(
                        Start.SENDING_HANDOFF_NO_TASK,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.HANDED_OFF, JournalState.HANDED_OFF, 1, 0)),
                cell(
                        Start.SENDING_HANDOFF_NO_TASK,
                        Command.RESUME,
                        answers(Status.NOT_SENT, JournalState.PREPARED, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_NO_TASK,
                        Command.RESOLVE_SENT,
                        answers(Status.HANDED_OFF, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_NO_TASK,
                        Command.RESOLVE_NOT_SENT,
                        answers(Status.NOT_SENT, JournalState.PREPARED, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_NO_TASK,
                        Command.DRY_RUN,
                        answers(Status.DRY_RUN, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_CRM_DOWN,
                        Command.SEND,
                        answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_CRM_DOWN,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.HANDED_OFF, JournalState.HANDED_OFF, 1, 0)),
                cell(
                        Start.SENDING_HANDOFF_CRM_DOWN,
                        Command.RESUME,
                        answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_CRM_DOWN,
                        Command.RESOLVE_SENT,
                        answers(Status.HANDED_OFF, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_CRM_DOWN,
                        Command.RESOLVE_NOT_SENT,
                        answers(Status.NOT_SENT, JournalState.PREPARED, 0, 0)),
                cell(
                        Start.SENDING_HANDOFF_CRM_DOWN,
                        Command.DRY_RUN,
                        answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_AGENT_DOCUMENT_FOUND,
                        Command.SEND,
                        answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(
                        Start.SENDING_AGENT_DOCUMENT_FOUND,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(
                        Start.SENDING_AGENT_DOCUMENT_FOUND,
                        Command.RESUME,
                        answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(
                        Start.SENDING_AGENT_DOCUMENT_FOUND,
                        Command.RESOLVE_SENT,
                        answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(
                        Start.SENDING_AGENT_DOCUMENT_FOUND,
                        Command.RESOLVE_NOT_SENT,
                        answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(
                        Start.SENDING_AGENT_DOCUMENT_FOUND,
                        Command.DRY_RUN,
                        answers(Status.ALREADY_DONE, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_AGENT_CANNOT_TELL,
                        Command.SEND,
                        answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_AGENT_CANNOT_TELL,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 1, 0)),
                cell(
                        Start.SENDING_AGENT_CANNOT_TELL,
                        Command.RESUME,
                        answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(
                        Start.SENDING_AGENT_CANNOT_TELL,
                        Command.RESOLVE_SENT,
                        answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 0, 0)),
                cell(
                        Start.SENDING_AGENT_CANNOT_TELL,
                        Command.RESOLVE_NOT_SENT,
                        answers(Status.NOT_SENT, JournalState.PREPARED, 0, 0)),
                cell(
                        Start.SENDING_AGENT_CANNOT_TELL,
                        Command.DRY_RUN,
                        answers(Status.NEEDS_CHECKING, JournalState.SENDING, 0, 0)),
                cell(Start.SENT, Command.SEND, answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 0, 1)),
                cell(
                        Start.SENT,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 0, 1)),
                cell(Start.SENT, Command.RESUME, answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 0, 1)),
                cell(Start.SENT, Command.RESOLVE_SENT, answers(Status.SENT_AND_ARCHIVED, JournalState.ARCHIVED, 0, 1)),
                cell(Start.SENT, Command.RESOLVE_NOT_SENT, refused(JournalState.SENT)),
                cell(Start.SENT, Command.DRY_RUN, answers(Status.SENT_ARCHIVE_PENDING, JournalState.SENT, 0, 0)),
                cell(Start.ARCHIVED, Command.SEND, answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(
                        Start.ARCHIVED,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(Start.ARCHIVED, Command.RESUME, listsNothing(JournalState.ARCHIVED)),
                cell(Start.ARCHIVED, Command.RESOLVE_SENT, answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(Start.ARCHIVED, Command.RESOLVE_NOT_SENT, refused(JournalState.ARCHIVED)),
                cell(Start.ARCHIVED, Command.DRY_RUN, answers(Status.ALREADY_DONE, JournalState.ARCHIVED, 0, 0)),
                cell(Start.HANDED_OFF, Command.SEND, answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(
                        Start.HANDED_OFF,
                        Command.RESEND_UNCONFIRMED,
                        answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(Start.HANDED_OFF, Command.RESUME, listsNothing(JournalState.HANDED_OFF)),
                cell(
                        Start.HANDED_OFF,
                        Command.RESOLVE_SENT,
                        answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(Start.HANDED_OFF, Command.RESOLVE_NOT_SENT, refused(JournalState.HANDED_OFF)),
                cell(Start.HANDED_OFF, Command.DRY_RUN, answers(Status.ALREADY_DONE, JournalState.HANDED_OFF, 0, 0)),
                cell(Start.UNASSIGNED, Command.SEND, answers(Status.UNASSIGNED, null, 0, 0)),
                cell(Start.UNASSIGNED, Command.RESEND_UNCONFIRMED, answers(Status.UNASSIGNED, null, 0, 0)),
                cell(Start.UNASSIGNED, Command.RESUME, answers(Status.UNASSIGNED, null, 0, 0)),
                cell(Start.UNASSIGNED, Command.RESOLVE_SENT, refused(null)),
                cell(Start.UNASSIGNED, Command.RESOLVE_NOT_SENT, refused(null)),
                cell(Start.UNASSIGNED, Command.DRY_RUN, answers(Status.UNASSIGNED, null, 0, 0)),
                cell(Start.OTHER_TENANT, Command.SEND, refused(JournalState.SENT)),
                cell(Start.OTHER_TENANT, Command.RESEND_UNCONFIRMED, refused(JournalState.SENT)),
                cell(Start.OTHER_TENANT, Command.RESUME, answers(Status.OTHER_TENANT, JournalState.SENT, 0, 0)),
                cell(Start.OTHER_TENANT, Command.RESOLVE_SENT, refused(JournalState.SENT)),
                cell(Start.OTHER_TENANT, Command.RESOLVE_NOT_SENT, refused(JournalState.SENT)),
                cell(Start.OTHER_TENANT, Command.DRY_RUN, refused(JournalState.SENT)));
    }

    private static Arguments cell(Start start, Command command, Expect expect) {
        return Arguments.of(start, command, expect);
    }

    @ParameterizedTest(name = "{0} x {1}: {2}")
    @MethodSource("cells")
    void command_fromEachState_answersAsTheTableSays(Start start, Command command, Expect expect) {
        World world = new World(start);

        Optional<SendReceipt> receipt;
        if (expect.refused()) {
            assertThatThrownBy(() -> world.run(command)).isInstanceOf(IllegalArgumentException.class);
            receipt = Optional.empty();
        } else {
            receipt = world.run(command);
        }

        assertThat(receipt.map(SendReceipt::status).orElse(null)).isEqualTo(expect.status());
        assertThat(world.journal.find(world.key).map(JournalEntry::state).orElse(null))
                .isEqualTo(expect.after());
        assertThat(world.strategy.calls()).hasSize(expect.handedToStrategy());
        assertThat(world.archive.archived()).hasSize(expect.archived());
        receipt.filter(r -> r.status() == Status.NEEDS_CHECKING)
                .ifPresent(r -> assertThat(r.detail())
                        .contains("send --resolve " + world.key + " --sent")
                        .contains("send --resolve " + world.key + " --not-sent"));
    }

    /** One mail in one state, with a strategy, an archive and a CRM that answer as the state says. */
    private static final class World {
        final InMemorySendJournal journal = new InMemorySendJournal();
        final FakeMailArchive archive = new FakeMailArchive();
        final ScriptedDeliveryCheck check = new ScriptedDeliveryCheck();
        final RecordingSendStrategy strategy;
        final IdempotencyKey key;
        private final IdempotencyKey given;

        World(Start start) {
            strategy = new RecordingSendStrategy(strategyOf(start));
            if (strategyOf(start).equals("activity-handoff")) {
                strategy.then(new SendOutcome.HandedOff(7002));
            }
            if (strategyOf(start).equals("email-agent")) {
                strategy.then(new SendOutcome.Sent(RecordingSendStrategy.messageIdFor(KEY), null, null));
            }
            given = start == Start.OTHER_TENANT ? GIVEN_KEY : null;
            key = switch (start) {
                case UNASSIGNED -> IdempotencyKey.withoutTenant(MAIL);
                case OTHER_TENANT -> GIVEN_KEY;
                default -> KEY;
            };
            setUp(start);
        }

        private static String strategyOf(Start start) {
            return switch (start) {
                case SENDING_HANDOFF_TASK_FOUND, SENDING_HANDOFF_NO_TASK, SENDING_HANDOFF_CRM_DOWN, HANDED_OFF ->
                    "activity-handoff";
                case SENDING_AGENT_DOCUMENT_FOUND, SENDING_AGENT_CANNOT_TELL -> "email-agent";
                default -> "smtp-relay";
            };
        }

        private void setUp(Start start) {
            Instant at = CLOCK.instant().minusSeconds(3600);
            JournalEntry prepared = JournalEntry.prepared(key, TENANT, MAIL, at);
            PreparedMail planned = strategy.prepare(MAIL, key);
            PreparedMail noBytes = new PreparedMail(MAIL, key, planned.messageId(), null);
            switch (start) {
                case NONE -> {}
                case PREPARED -> journal.record(prepared.notSent("smtp-relay: 451 try later", at));
                case SENDING_RELAY -> journal.record(prepared.sending("smtp-relay", planned, at));
                case SENDING_HANDOFF_TASK_FOUND -> {
                    journal.record(prepared.sending("activity-handoff", PreparedMail.unplanned(MAIL, key), at));
                    check.answering(new Finding.Delivered(7001L, null, "task 7001 carries key " + key));
                }
                case SENDING_HANDOFF_NO_TASK -> {
                    journal.record(prepared.sending("activity-handoff", PreparedMail.unplanned(MAIL, key), at));
                    check.answering(new Finding.NotDelivered("no task of the rep carries key " + key));
                }
                case SENDING_HANDOFF_CRM_DOWN ->
                    journal.record(prepared.sending("activity-handoff", PreparedMail.unplanned(MAIL, key), at));
                case SENDING_AGENT_DOCUMENT_FOUND -> {
                    journal.record(prepared.sending("email-agent", noBytes, at));
                    check.answering(new Finding.Delivered(null, 900L, "document 900 holds its Message-ID"));
                }
                case SENDING_AGENT_CANNOT_TELL -> journal.record(prepared.sending("email-agent", noBytes, at));
                case SENT ->
                    journal.record(prepared.sending("smtp-relay", planned, at)
                            .sent(planned.messageId(), null, "", at)
                            .archiveFailed("SuperOffice answered 503", at));
                case ARCHIVED ->
                    journal.record(prepared.sending("smtp-relay", planned, at)
                            .sent(planned.messageId(), null, "", at)
                            .archived(900L, at));
                case HANDED_OFF ->
                    journal.record(prepared.sending("activity-handoff", PreparedMail.unplanned(MAIL, key), at)
                            .handedOff(7001L, "", at));
                case UNASSIGNED ->
                    journal.withEarlierVersionsEntry(new JournalEntry(
                            key,
                            null,
                            JournalState.SENT,
                            MAIL,
                            "smtp-relay",
                            planned.messageId(),
                            planned.mime(),
                            null,
                            null,
                            List.of(),
                            "",
                            at));
                case OTHER_TENANT ->
                    journal.record(JournalEntry.prepared(key, Mails.otherTenant(), MAIL, at)
                            .sending("smtp-relay", planned, at)
                            .sent(planned.messageId(), null, "", at));
            }
        }

        Optional<SendReceipt> run(Command command) {
            SendEmailService send = new SendEmailService(List.of(strategy), () -> archive, journal, () -> check, CLOCK);
            return switch (command) {
                case SEND -> Optional.of(send.send(new SendEmailCommand(MAIL, given, TENANT, false, false)));
                case RESEND_UNCONFIRMED ->
                    Optional.of(send.send(new SendEmailCommand(MAIL, given, TENANT, false, true)));
                case DRY_RUN -> Optional.of(send.send(new SendEmailCommand(MAIL, given, TENANT, true, false)));
                case RESUME ->
                    new ResumeSendsService(() -> archive, () -> check, (location, create) -> journal, CLOCK)
                            .resume(new ResumeSendsCommand(LOCATION, TENANT, false, false)).receipts().stream()
                                    .findFirst();
                case RESOLVE_SENT -> Optional.of(resolve(true));
                case RESOLVE_NOT_SENT -> Optional.of(resolve(false));
            };
        }

        private SendReceipt resolve(boolean arrived) {
            return new ResolveSendService(() -> archive, () -> check, (location, create) -> journal, CLOCK)
                    .resolve(new ResolveSendCommand(LOCATION, TENANT, key.value(), arrived));
        }
    }
}
