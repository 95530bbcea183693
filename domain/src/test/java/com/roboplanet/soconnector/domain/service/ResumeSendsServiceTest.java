package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.InMemorySendJournal;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeSendsServiceTest {
    private static final Path OUTBOX = Path.of("outbox");

    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final FakeMailArchive archive = new FakeMailArchive();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final RecordingSendStrategy relay = RecordingSendStrategy.sending("smtp-relay");
    private final SendEmailService send = new SendEmailService(List.of(relay), archive, journal, clock);
    private final ResumeSendsService resume =
            new ResumeSendsService(() -> archive, (directory, create) -> journal, clock);

    @Test
    void resume_whenArchiveFailedEarlier_archivesWithoutSendingAgain() {
        archive.failingTimes(1);
        OutboundEmail mail = Mails.mail("Angebot");
        send.send(SendEmailCommand.of(mail));

        List<SendReceipt> receipts = resume.resume(new ResumeSendsCommand(OUTBOX, false));

        assertThat(receipts)
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Status.SENT_AND_ARCHIVED));
        assertThat(relay.calls()).hasSize(1);
        assertThat(archive.archived()).hasSize(1);
        assertThat(journal.find(IdempotencyKey.derive(mail)).orElseThrow().state())
                .isEqualTo(JournalState.ARCHIVED);
        assertThat(resume.resume(new ResumeSendsCommand(OUTBOX, false))).isEmpty();
    }

    @Test
    void resume_whenDryRun_archivesNothing() {
        archive.failingTimes(1);
        send.send(SendEmailCommand.of(Mails.mail("Angebot")));

        List<SendReceipt> receipts = resume.resume(new ResumeSendsCommand(OUTBOX, true));

        assertThat(receipts)
                .singleElement()
                .satisfies(r -> assertThat(r.detail()).startsWith("dry run: would archive"));
        assertThat(archive.archived()).isEmpty();
    }

    @Test
    void resume_whenRunDiedWhileSendingOrBeforeSending_reportsAndNeverSends() {
        OutboundEmail sending = Mails.mail("A");
        OutboundEmail prepared = Mails.mail("B");
        journal.record(JournalEntry.prepared(IdempotencyKey.derive(sending), sending, clock.instant())
                .sending("smtp-relay", "<a@test.example>", clock.instant()));
        journal.record(JournalEntry.prepared(IdempotencyKey.derive(prepared), prepared, clock.instant()));

        List<SendReceipt> receipts = resume.resume(new ResumeSendsCommand(OUTBOX, false));

        assertThat(receipts)
                .extracting(SendReceipt::status)
                .containsExactlyInAnyOrder(Status.NEEDS_CHECKING, Status.NOT_SENT);
        assertThat(relay.calls()).isEmpty();
        assertThat(archive.archived()).isEmpty();
    }

    @Test
    void resume_whenKeyInUse_skipsIt() {
        archive.failingTimes(1);
        OutboundEmail mail = Mails.mail("Angebot");
        send.send(SendEmailCommand.of(mail));

        SendJournal.Lease other = journal.lease(IdempotencyKey.derive(mail));
        try {
            assertThat(resume.resume(new ResumeSendsCommand(OUTBOX, false)))
                    .extracting(SendReceipt::status)
                    .containsExactly(Status.IN_USE);
        } finally {
            other.close();
        }
        assertThat(archive.archived()).isEmpty();
    }
}
