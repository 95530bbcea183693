package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSummary;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck.Finding;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeSendsServiceTest {
    private static final JournalLocation OUTBOX = JournalLocation.of(Path.of("outbox"));
    private static final TenantId TENANT = Mails.tenant();

    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final FakeMailArchive archive = new FakeMailArchive();
    private final ScriptedDeliveryCheck check = new ScriptedDeliveryCheck();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final RecordingSendStrategy relay = RecordingSendStrategy.sending("smtp-relay");
    private final SendEmailService send =
            new SendEmailService(List.of(relay), () -> archive, journal, () -> check, clock);
    private final ResumeSendsService resume =
            new ResumeSendsService(() -> archive, () -> check, (location, create) -> journal, clock);

    private ResumeSummary resume() {
        return resume.resume(new ResumeSendsCommand(OUTBOX, TENANT, false, false));
    }

    @Test
    void resume_whenArchiveFailedEarlier_archivesWithoutSendingAgain() {
        archive.failingTimes(1);
        OutboundEmail mail = Mails.mail("Angebot");
        send.send(SendEmailCommand.of(mail, TENANT));

        List<SendReceipt> receipts = resume().receipts();

        assertThat(receipts)
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Status.SENT_AND_ARCHIVED));
        assertThat(relay.calls()).hasSize(1);
        assertThat(archive.archived()).hasSize(1);
        assertThat(journal.find(IdempotencyKey.derive(TENANT, mail))
                        .orElseThrow()
                        .state())
                .isEqualTo(JournalState.ARCHIVED);
        assertThat(resume().receipts()).isEmpty();
    }

    @Test
    void resume_whenDryRun_archivesNothing() {
        archive.failingTimes(1);
        send.send(SendEmailCommand.of(Mails.mail("Angebot"), TENANT));

        List<SendReceipt> receipts = resume.resume(new ResumeSendsCommand(OUTBOX, TENANT, true, false))
                .receipts();

        assertThat(receipts)
                .singleElement()
                .satisfies(r -> assertThat(r.detail()).startsWith("dry run: would archive"));
        assertThat(archive.archived()).isEmpty();
    }

    @Test
    void resume_whenRunDiedWhileSendingOrBeforeSending_reportsAndNeverSends() {
        OutboundEmail sending = Mails.mail("A");
        OutboundEmail prepared = Mails.mail("B");
        IdempotencyKey sendingKey = IdempotencyKey.derive(TENANT, sending);
        journal.record(JournalEntry.prepared(sendingKey, TENANT, sending, clock.instant())
                .sending("smtp-relay", relay.prepare(sending, sendingKey), clock.instant()));
        journal.record(
                JournalEntry.prepared(IdempotencyKey.derive(TENANT, prepared), TENANT, prepared, clock.instant()));

        List<SendReceipt> receipts = resume().receipts();

        assertThat(receipts)
                .extracting(SendReceipt::status)
                .containsExactlyInAnyOrder(Status.NEEDS_CHECKING, Status.NOT_SENT);
        assertThat(receipts)
                .filteredOn(r -> r.status() == Status.NEEDS_CHECKING)
                .singleElement()
                .satisfies(r -> assertThat(r.detail())
                        .contains("in the relay's log", "send --resolve " + sendingKey + " --sent"));
        assertThat(relay.calls()).isEmpty();
        assertThat(archive.archived()).isEmpty();
    }

    @Test
    void resume_whenHandOffInterruptedAndTheTaskCarriesTheKey_recordsItWithoutAsking() {
        OutboundEmail mail = Mails.mail("Angebot");
        IdempotencyKey key = IdempotencyKey.derive(TENANT, mail);
        journal.record(JournalEntry.prepared(key, TENANT, mail, clock.instant())
                .sending("activity-handoff", PreparedMail.unplanned(mail, key), clock.instant()));
        check.answering(new Finding.Delivered(7001L, null, "task 7001 carries key " + key));

        List<SendReceipt> receipts = resume().receipts();

        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.ALREADY_DONE);
            assertThat(r.taskId()).isEqualTo(7001L);
            assertThat(r.detail()).contains("task 7001 carries key");
        });
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(JournalState.HANDED_OFF);
    }

    @Test
    void resume_whenKeyInUse_skipsIt() {
        archive.failingTimes(1);
        OutboundEmail mail = Mails.mail("Angebot");
        send.send(SendEmailCommand.of(mail, TENANT));

        SendJournal.Lease other = journal.lease(IdempotencyKey.derive(TENANT, mail));
        try {
            assertThat(resume().receipts()).extracting(SendReceipt::status).containsExactly(Status.IN_USE);
        } finally {
            other.close();
        }
        assertThat(archive.archived()).isEmpty();
    }

    @Test
    void resume_whenEarlierVersionLeftEntries_reportsThemAndArchivesNothingUntilAssigned() {
        OutboundEmail mail = Mails.mail("Angebot");
        IdempotencyKey oldKey = IdempotencyKey.withoutTenant(mail);
        byte[] bytes = RecordingSendStrategy.mime(mail);
        journal.withEarlierVersionsEntry(earlier(oldKey, mail, JournalState.SENT, bytes));
        journal.withEarlierVersionsEntry(
                earlier(new IdempotencyKey("old-finished"), Mails.mail("Alt"), JournalState.ARCHIVED, bytes));

        ResumeSummary reported = resume();

        assertThat(reported.receipts()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.UNASSIGNED);
            assertThat(r.detail()).contains("--assign-legacy-to-current-tenant");
        });
        assertThat(reported.finishedUnassigned()).isEqualTo(1);
        assertThat(archive.archived()).isEmpty();

        ResumeSummary assigned = resume.resume(new ResumeSendsCommand(OUTBOX, TENANT, false, true));

        assertThat(assigned.assigned()).isEqualTo(2);
        assertThat(assigned.receipts()).extracting(SendReceipt::status).containsExactly(Status.SENT_AND_ARCHIVED);
        assertThat(archive.archived())
                .singleElement()
                .satisfies(a -> assertThat(a.eml()).isEqualTo(bytes));
        assertThat(journal.find(oldKey).orElseThrow().tenant()).isEqualTo(TENANT);
        assertThat(journal.unassigned()).isEmpty();
    }

    @Test
    void resume_whenEntryBelongsToAnotherTenant_neverArchivesItHere() {
        OutboundEmail mail = Mails.mail("Angebot");
        IdempotencyKey key = new IdempotencyKey("trial-1");
        journal.record(JournalEntry.prepared(key, Mails.otherTenant(), mail, clock.instant())
                .sending("smtp-relay", relay.prepare(mail, key), clock.instant())
                .sent(RecordingSendStrategy.messageIdFor(key), null, "", clock.instant()));

        assertThat(resume().receipts()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.OTHER_TENANT);
            assertThat(r.detail()).contains("sent for tenant sandbox-Cust10042, not sod-Cust12345");
        });
        assertThat(archive.archived()).isEmpty();
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(JournalState.SENT);
    }

    private JournalEntry earlier(IdempotencyKey key, OutboundEmail mail, JournalState state, byte[] bytes) {
        return new JournalEntry(
                key,
                null,
                state,
                mail,
                "smtp-relay",
                RecordingSendStrategy.messageIdFor(key),
                bytes,
                state == JournalState.ARCHIVED ? 900L : null,
                null,
                List.of(),
                "",
                clock.instant().minusSeconds(86_400));
    }
}
