package com.roboplanet.soconnector.domain.service;

import static com.roboplanet.soconnector.domain.port.out.JournalState.ARCHIVED;
import static com.roboplanet.soconnector.domain.port.out.JournalState.PREPARED;
import static com.roboplanet.soconnector.domain.port.out.JournalState.SENDING;
import static com.roboplanet.soconnector.domain.port.out.JournalState.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.InMemorySendJournal;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.StrategyAttempt.Verdict;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendEmailServiceTest {
    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final FakeMailArchive archive = new FakeMailArchive();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final OutboundEmail mail = Mails.mail("Angebot Omnie CD-01");
    private final IdempotencyKey key = IdempotencyKey.derive(mail);

    private SendEmailService service(SendStrategy... strategies) {
        return new SendEmailService(List.of(strategies), archive, journal, clock);
    }

    @Test
    void send_whenFirstNotGrantedAndSecondNotAvailable_fallsThroughToThird() {
        var agent = new RecordingSendStrategy("email-agent")
                .then(new SendOutcome.NotGranted("HTTP 401 from Agents/EMail/Send", "request the EMail agent"));
        var relay =
                new RecordingSendStrategy("smtp-relay").then(new SendOutcome.NotAvailable("SMTP_HOST unset", "set it"));
        var handoff = new RecordingSendStrategy("activity-handoff").then(new SendOutcome.HandedOff(77));

        SendReceipt receipt = service(agent, relay, handoff).send(SendEmailCommand.of(mail));

        assertThat(receipt.status()).isEqualTo(Status.HANDED_OFF);
        assertThat(receipt.strategy()).isEqualTo("activity-handoff");
        assertThat(receipt.taskId()).isEqualTo(77L);
        assertThat(receipt.attempts())
                .extracting(a -> a.strategy() + "/" + a.verdict() + "/" + a.fix())
                .containsExactly("email-agent/NOT_GRANTED/request the EMail agent", "smtp-relay/NOT_AVAILABLE/set it");
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(JournalState.HANDED_OFF);
    }

    @Test
    void send_whenFirstStrategySent_neverAsksTheNextAndArchivesTheExactBytes() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        var handoff = new RecordingSendStrategy("activity-handoff");

        SendReceipt receipt = service(relay, handoff).send(SendEmailCommand.of(mail));

        assertThat(receipt.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(handoff.calls()).isEmpty();
        assertThat(archive.archived()).singleElement().satisfies(a -> {
            assertThat(a.messageId()).isEqualTo(RecordingSendStrategy.messageIdFor(key));
            assertThat(a.eml()).isEqualTo(("MIME of " + mail.subject()).getBytes());
        });
        assertThat(receipt.documentId()).isEqualTo(archive.archived().get(0).documentId());
        assertThat(journal.states(key)).containsExactly(PREPARED, SENDING, SENT, ARCHIVED);
    }

    @Test
    void send_whenSameMailTwice_sendsOnceAndSaysSo() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        SendEmailService service = service(relay);

        service.send(SendEmailCommand.of(mail));
        SendReceipt second = service.send(SendEmailCommand.of(mail));

        assertThat(relay.calls()).hasSize(1);
        assertThat(second.status()).isEqualTo(Status.ALREADY_DONE);
        assertThat(second.detail()).contains("already sent").contains("nothing sent again");
        assertThat(archive.archived()).hasSize(1);
    }

    @Test
    void send_whenArchiveFails_keepsSentPendingAndDoesNotFallThrough() {
        archive.failingTimes(1);
        var relay = RecordingSendStrategy.sending("smtp-relay");
        var handoff = new RecordingSendStrategy("activity-handoff");

        SendReceipt receipt = service(relay, handoff).send(SendEmailCommand.of(mail));

        assertThat(receipt.status()).isEqualTo(Status.SENT_ARCHIVE_PENDING);
        assertThat(receipt.detail()).contains("archive is down").contains("send --resume");
        assertThat(handoff.calls()).isEmpty();
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(SENT);
        assertThat(journal.find(key).orElseThrow().note()).isEqualTo("archive is down (test)");
    }

    @Test
    void send_whenDryRun_sendsNothingWritesNothingAndDescribesEachStrategy() {
        var agent = new RecordingSendStrategy("email-agent");
        var relay = new RecordingSendStrategy("smtp-relay");

        SendReceipt receipt = service(agent, relay).send(new SendEmailCommand(mail, null, true, false));

        assertThat(receipt.status()).isEqualTo(Status.DRY_RUN);
        assertThat(agent.calls()).isEmpty();
        assertThat(relay.calls()).isEmpty();
        assertThat(journal.find(key)).isEmpty();
        assertThat(receipt.plan())
                .contains("to: Bob Kunde <bob@customer.example> (person 380, contact 67, sale 12)")
                .contains("try email-agent: would record a mail to bob@customer.example")
                .contains("else smtp-relay: would record a mail to bob@customer.example");
    }

    @Test
    void send_whenEarlierRunDiedWhileSending_doesNotResendButReportsMessageId() {
        journal.record(journalEntrySending());
        var relay = RecordingSendStrategy.sending("smtp-relay");

        SendReceipt receipt = service(relay).send(SendEmailCommand.of(mail));

        assertThat(receipt.status()).isEqualTo(Status.NEEDS_CHECKING);
        assertThat(receipt.detail())
                .contains(RecordingSendStrategy.messageIdFor(key))
                .contains("--resend-unconfirmed");
        assertThat(relay.calls()).isEmpty();
    }

    @Test
    void send_whenEarlierRunDiedWhileSendingAndResendConfirmed_sendsOnce() {
        journal.record(journalEntrySending());
        var relay = RecordingSendStrategy.sending("smtp-relay");

        SendReceipt receipt = service(relay).send(new SendEmailCommand(mail, key, false, true));

        assertThat(receipt.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(relay.calls()).hasSize(1);
    }

    @Test
    void send_whenStrategyFailsBeforeAnythingLeft_isBackToPreparedAndCanBeSentAgain() {
        var relay = RecordingSendStrategy.sending("smtp-relay")
                .thenThrow(new SendStrategyException("relay rejected the login", false, null));

        assertThatThrownBy(() -> service(relay).send(SendEmailCommand.of(mail))).hasMessage("relay rejected the login");
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(PREPARED);
        assertThat(journal.isLeased(key)).isFalse();

        assertThat(service(relay).send(SendEmailCommand.of(mail)).status()).isEqualTo(Status.SENT_AND_ARCHIVED);
    }

    @Test
    void send_whenStrategyFailsAfterMailMayHaveLeft_staysSendingAndIsNotSentAgain() {
        var relay = RecordingSendStrategy.sending("smtp-relay")
                .thenThrow(new SendStrategyException("connection lost after DATA", true, null));
        var handoff = new RecordingSendStrategy("activity-handoff");

        assertThatThrownBy(() -> service(relay, handoff).send(SendEmailCommand.of(mail)))
                .isInstanceOf(SendStrategyException.class);

        assertThat(handoff.calls()).isEmpty();
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(SENDING);
        assertThat(service(relay).send(SendEmailCommand.of(mail)).status()).isEqualTo(Status.NEEDS_CHECKING);
        assertThat(relay.calls()).hasSize(1);
    }

    @Test
    void send_whenNoStrategyServes_reportsEveryReasonAndAllowsALaterTry() {
        var agent = new RecordingSendStrategy("email-agent").then(new SendOutcome.NotGranted("403", "request it"));

        SendReceipt receipt = service(agent).send(SendEmailCommand.of(mail));

        assertThat(receipt.status()).isEqualTo(Status.NOT_SENT);
        assertThat(receipt.detail()).isEqualTo("not sent: no configured strategy could send it (email-agent: 403)");
        assertThat(receipt.attempts()).extracting(a -> a.verdict()).containsExactly(Verdict.NOT_GRANTED);
        assertThat(service(RecordingSendStrategy.sending("smtp-relay"))
                        .send(SendEmailCommand.of(mail))
                        .status())
                .isEqualTo(Status.SENT_AND_ARCHIVED);
    }

    @Test
    void send_whenExplicitKeyReusedForOtherMail_refuses() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        IdempotencyKey mine = new IdempotencyKey("batch-7-row-3");
        service(relay).send(new SendEmailCommand(mail, mine, false, false));

        assertThatThrownBy(() -> service(relay).send(new SendEmailCommand(Mails.mail("Other"), mine, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch-7-row-3 was already used for a different mail");
        assertThat(relay.calls()).hasSize(1);
    }

    @Test
    void send_whenJournalCannotRecordTheSentMail_saysItWasSent() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        SendJournal fullDisk = new SendJournal() {
            @Override
            public Lease lease(IdempotencyKey k) {
                return journal.lease(k);
            }

            @Override
            public Optional<JournalEntry> find(IdempotencyKey k) {
                return journal.find(k);
            }

            @Override
            public void record(JournalEntry entry) {
                if (entry.state() == SENT) {
                    throw new SendJournalException("cannot write journal file x.json: No space left on device");
                }
                journal.record(entry);
            }

            @Override
            public List<JournalEntry> unfinished() {
                return journal.unfinished();
            }
        };

        assertThatThrownBy(() ->
                        new SendEmailService(List.of(relay), archive, fullDisk, clock).send(SendEmailCommand.of(mail)))
                .isInstanceOf(SendJournalException.class)
                .hasMessageContaining("was sent via smtp-relay as " + RecordingSendStrategy.messageIdFor(key))
                .hasMessageContaining("No space left on device")
                .hasMessageEndingWith("do not send it again");
        assertThat(fullDisk.find(key).orElseThrow().state()).isEqualTo(SENDING);
    }

    @Test
    void send_whenKeyLeasedByAnotherRun_refusesWithoutSending() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        SendJournal.Lease other = journal.lease(key);
        try {
            assertThatThrownBy(() -> service(relay).send(SendEmailCommand.of(mail)))
                    .hasMessageContaining("in use");
        } finally {
            other.close();
        }
        assertThat(relay.calls()).isEmpty();
    }

    private JournalEntry journalEntrySending() {
        return JournalEntry.prepared(key, mail, clock.instant())
                .sending("smtp-relay", RecordingSendStrategy.messageIdFor(key), clock.instant());
    }
}
