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
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck.Finding;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A person's decision about one interrupted mail, found by its key or its Message-ID. */
class ResolveSendServiceTest {
    private static final TenantId TENANT = Mails.tenant();
    private static final JournalLocation OUTBOX = JournalLocation.of(Path.of("outbox"));

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final FakeMailArchive archive = new FakeMailArchive();
    private final ScriptedDeliveryCheck check = new ScriptedDeliveryCheck();
    private final List<Boolean> openedToWrite = new ArrayList<>();
    private final OutboundEmail mail = Mails.mail("Angebot");
    private final IdempotencyKey key = IdempotencyKey.derive(TENANT, mail);
    private final RecordingSendStrategy relay = RecordingSendStrategy.sending("smtp-relay");

    private SendReceipt resolve(String reference, boolean arrived) {
        return new ResolveSendService(
                        () -> archive,
                        () -> check,
                        (location, create) -> {
                            openedToWrite.add(create);
                            return journal;
                        },
                        clock)
                .resolve(new ResolveSendCommand(OUTBOX, TENANT, reference, arrived));
    }

    private JournalEntry interruptedRelaySend() {
        JournalEntry sending = JournalEntry.prepared(key, TENANT, mail, clock.instant())
                .sending("smtp-relay", relay.prepare(mail, key), clock.instant());
        journal.record(sending);
        return sending;
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "<message-id>", "message-id", "  <message-id>  "})
    void resolve_sentByKeyOrMessageIdWithOrWithoutBrackets_archivesTheKeptBytes(String form) {
        JournalEntry sending = interruptedRelaySend();
        String id = sending.messageId();
        String reference = switch (form.strip()) {
            case "key" -> key.value();
            case "<message-id>" -> id;
            default -> id.substring(1, id.length() - 1);
        };

        SendReceipt receipt = resolve(form.startsWith(" ") ? "  " + reference + "  " : reference, true);

        assertThat(receipt.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(archive.archived())
                .singleElement()
                .satisfies(a -> assertThat(a.eml()).isEqualTo(RecordingSendStrategy.mime(mail)));
        assertThat(journal.states(key)).endsWith(JournalState.SENT, JournalState.ARCHIVED);
        assertThat(journal.find(key).orElseThrow().note()).startsWith("confirmed by a person on 2026-11-23 10:00 UTC");
        assertThat(openedToWrite).containsExactly(true);
        assertThat(relay.calls()).isEmpty();
    }

    @Test
    void resolve_notSent_letsTheNextSendSendItWithTheSameMessageId() {
        JournalEntry sending = interruptedRelaySend();

        SendReceipt receipt = resolve(key.value(), false);
        SendReceipt next = new SendEmailService(List.of(relay), () -> archive, journal, () -> check, clock)
                .send(com.roboplanet.soconnector.domain.port.in.SendEmailCommand.of(mail, TENANT));

        assertThat(receipt.status()).isEqualTo(Status.NOT_SENT);
        assertThat(receipt.detail()).contains("the next send of this mail", sending.messageId());
        assertThat(next.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(next.messageId()).isEqualTo(sending.messageId());
        assertThat(relay.calls()).hasSize(1);
    }

    @Test
    void resolve_notSentWhileTheCrmShowsTheTask_recordsTheTaskAndSendsNothing() {
        journal.record(JournalEntry.prepared(key, TENANT, mail, clock.instant())
                .sending("activity-handoff", PreparedMail.unplanned(mail, key), clock.instant()));
        check.answering(new Finding.Delivered(7001L, null, "task 7001 carries key " + key));

        SendReceipt receipt = resolve(key.value(), false);

        assertThat(receipt.status()).isEqualTo(Status.ALREADY_DONE);
        assertThat(receipt.detail()).contains("so it did arrive");
        assertThat(journal.find(key).orElseThrow().taskId()).isEqualTo(7001L);
    }

    @Test
    void resolve_unknownReference_namesTheJournalAndChangesNothing() {
        interruptedRelaySend();

        assertThatThrownBy(() -> resolve("nothing-like-this", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no mail with the key or Message-ID nothing-like-this in the journal outbox; send --resume"
                        + " lists the open ones with their keys");
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(JournalState.SENDING);
    }

    @Test
    void resolve_notSentForAMailTheRelayAccepted_isRefused() {
        JournalEntry sending = interruptedRelaySend();
        journal.record(sending.sent(sending.messageId(), null, "", clock.instant()));

        assertThatThrownBy(() -> resolve(key.value(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it cannot be unsent");
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(JournalState.SENT);
    }
}
