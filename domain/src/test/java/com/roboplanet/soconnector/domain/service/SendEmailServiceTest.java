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
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.StrategyAttempt.Verdict;
import com.roboplanet.soconnector.domain.model.TenantId;
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
import org.junit.jupiter.api.Test;

class SendEmailServiceTest {
    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final FakeMailArchive archive = new FakeMailArchive();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final OutboundEmail mail = Mails.mail("Angebot Omnie CD-01");
    private final TenantId tenant = Mails.tenant();
    private final IdempotencyKey key = IdempotencyKey.derive(tenant, mail);
    private final ScriptedDeliveryCheck check = new ScriptedDeliveryCheck();

    private SendEmailService service(SendStrategy... strategies) {
        return new SendEmailService(List.of(strategies), () -> archive, journal, () -> check, clock);
    }

    private SendEmailCommand command() {
        return SendEmailCommand.of(mail, tenant);
    }

    @Test
    void send_whenFirstNotGrantedAndSecondNotAvailable_fallsThroughToThird() {
        var agent = new RecordingSendStrategy("email-agent")
                .then(new SendOutcome.NotGranted("HTTP 401 from Agents/EMail/Send", "request the EMail agent"));
        var relay =
                new RecordingSendStrategy("smtp-relay").then(new SendOutcome.NotAvailable("SMTP_HOST unset", "set it"));
        var handoff = new RecordingSendStrategy("activity-handoff").then(new SendOutcome.HandedOff(77));

        SendReceipt receipt = service(agent, relay, handoff).send(command());

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

        SendReceipt receipt = service(relay, handoff).send(command());

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

        service.send(command());
        SendReceipt second = service.send(command());

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

        SendReceipt receipt = service(relay, handoff).send(command());

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

        SendReceipt receipt = service(agent, relay).send(new SendEmailCommand(mail, null, tenant, true, false));

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

        SendReceipt receipt = service(relay).send(command());

        assertThat(receipt.status()).isEqualTo(Status.NEEDS_CHECKING);
        assertThat(receipt.detail())
                .contains(RecordingSendStrategy.messageIdFor(key))
                .contains("in the relay's log or message trace")
                .contains("found: send --resolve " + key + " --sent (archives the kept copy)")
                .contains("not found: send --resolve " + key + " --not-sent, then send again (same Message-ID)");
        assertThat(relay.calls()).isEmpty();
    }

    @Test
    void send_whenEarlierRunDiedWhileSendingAndResendConfirmed_sendsOnce() {
        journal.record(journalEntrySending());
        var relay = RecordingSendStrategy.sending("smtp-relay");

        SendReceipt receipt = service(relay).send(new SendEmailCommand(mail, key, tenant, false, true));

        assertThat(receipt.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(relay.calls()).hasSize(1);
    }

    @Test
    void send_whenStrategyFailsBeforeAnythingLeft_isBackToPreparedAndCanBeSentAgain() {
        var relay = RecordingSendStrategy.sending("smtp-relay")
                .thenThrow(new SendStrategyException("relay rejected the login", false, null));

        assertThatThrownBy(() -> service(relay).send(command())).hasMessage("relay rejected the login");
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(PREPARED);
        assertThat(journal.isLeased(key)).isFalse();

        assertThat(service(relay).send(command()).status()).isEqualTo(Status.SENT_AND_ARCHIVED);
    }

    @Test
    void send_whenStrategyFailsAfterMailMayHaveLeft_staysSendingAndIsNotSentAgain() {
        var relay = RecordingSendStrategy.sending("smtp-relay")
                .thenThrow(new SendStrategyException("connection lost after DATA", true, null));
        var handoff = new RecordingSendStrategy("activity-handoff");

        SendReceipt receipt = service(relay, handoff).send(command());

        assertThat(receipt.status()).isEqualTo(Status.NEEDS_CHECKING);
        assertThat(receipt.strategyCalled()).isTrue();
        assertThat(receipt.detail())
                .startsWith("smtp-relay: connection lost after DATA: nothing the connector can read shows")
                .contains("send --resolve " + key + " --sent");
        assertThat(handoff.calls()).isEmpty();
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(SENDING);
        assertThat(journal.find(key).orElseThrow().mime()).isEqualTo(RecordingSendStrategy.mime(mail));
        assertThat(service(relay).send(command()).status()).isEqualTo(Status.NEEDS_CHECKING);
        assertThat(relay.calls()).hasSize(1);
    }

    @Test
    void send_whenNoStrategyServes_reportsEveryReasonAndAllowsALaterTry() {
        var agent = new RecordingSendStrategy("email-agent").then(new SendOutcome.NotGranted("403", "request it"));

        SendReceipt receipt = service(agent).send(command());

        assertThat(receipt.status()).isEqualTo(Status.NOT_SENT);
        assertThat(receipt.detail()).isEqualTo("not sent: no configured strategy could send it (email-agent: 403)");
        assertThat(receipt.attempts()).extracting(a -> a.verdict()).containsExactly(Verdict.NOT_GRANTED);
        assertThat(service(RecordingSendStrategy.sending("smtp-relay"))
                        .send(command())
                        .status())
                .isEqualTo(Status.SENT_AND_ARCHIVED);
    }

    @Test
    void send_whenExplicitKeyReusedForOtherMail_refuses() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        IdempotencyKey mine = new IdempotencyKey("batch-7-row-3");
        service(relay).send(new SendEmailCommand(mail, mine, tenant, false, false));

        assertThatThrownBy(() ->
                        service(relay).send(new SendEmailCommand(Mails.mail("Other"), mine, tenant, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch-7-row-3 was already used for a different mail");
        assertThat(relay.calls()).hasSize(1);
    }

    @Test
    void send_whenJournalCannotRecordTheSentMail_saysItWasSentAndHowToFinishIt() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        journal.failingToRecord(SENT);

        assertThatThrownBy(() -> service(relay).send(command()))
                .isInstanceOfSatisfying(
                        SendJournalException.class,
                        e -> assertThat(e.kind()).isEqualTo(SendJournalException.Kind.AFTER_SENDING))
                .hasMessageContaining("was sent via smtp-relay as " + RecordingSendStrategy.messageIdFor(key))
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("do not send it again")
                .hasMessageContaining("send --resolve " + key + " --sent");
        JournalEntry left = journal.find(key).orElseThrow();
        assertThat(left.state()).isEqualTo(SENDING);
        assertThat(left.mime())
                .as("the bytes sent are kept for the archive")
                .isEqualTo(RecordingSendStrategy.mime(mail));
    }

    @Test
    void send_whenJournalFullBeforeAnythingLeft_isAStorageFailureAndNothingIsSent() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        journal.failingToRecord(SENDING);

        assertThatThrownBy(() -> service(relay).send(command()))
                .isInstanceOfSatisfying(
                        SendJournalException.class,
                        e -> assertThat(e.kind()).isEqualTo(SendJournalException.Kind.STORAGE));
        assertThat(relay.calls()).isEmpty();
        assertThat(journal.find(key).orElseThrow().state()).isEqualTo(PREPARED);
    }

    @Test
    void send_whenJournalCannotRecordTheHandOff_saysToResume() {
        var handoff = new RecordingSendStrategy("activity-handoff").then(new SendOutcome.HandedOff(7001));
        journal.failingToRecord(JournalState.HANDED_OFF);

        assertThatThrownBy(() -> service(handoff).send(command()))
                .isInstanceOfSatisfying(
                        SendJournalException.class,
                        e -> assertThat(e.kind()).isEqualTo(SendJournalException.Kind.AFTER_SENDING))
                .hasMessageContaining("was handed off as task 7001")
                .hasMessageContaining("send --resume");
    }

    @Test
    void send_whenEarlierRunSentButDidNotArchive_archivesNowAndNeverSendsAgain() {
        archive.failingTimes(1);
        var relay = RecordingSendStrategy.sending("smtp-relay");
        assertThat(service(relay).send(command()).status()).isEqualTo(Status.SENT_ARCHIVE_PENDING);

        SendReceipt again = service(relay).send(command());

        assertThat(again.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(again.strategyCalled()).isFalse();
        assertThat(relay.calls()).hasSize(1);
        assertThat(archive.archived()).hasSize(1);
    }

    @Test
    void send_whenSameMailForAnotherTenant_sendsItThereToo() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        service(relay).send(SendEmailCommand.of(mail, Mails.otherTenant()));

        SendReceipt onTheRealTenant = service(relay).send(command());

        assertThat(onTheRealTenant.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(relay.calls()).hasSize(2);
    }

    @Test
    void send_whenAnEarlierVersionSentTheSameMailAndItIsNotAssigned_sendsNothingAndSaysWhy() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        IdempotencyKey oldKey = IdempotencyKey.withoutTenant(mail);
        journal.withEarlierVersionsEntry(new JournalEntry(
                oldKey,
                null,
                ARCHIVED,
                mail,
                "smtp-relay",
                "<old@x>",
                null,
                900L,
                null,
                List.of(),
                "",
                clock.instant()));

        SendReceipt receipt = service(relay).send(command());

        assertThat(receipt.status()).isEqualTo(Status.UNASSIGNED);
        assertThat(receipt.detail()).contains("--assign-legacy-to-current-tenant");
        assertThat(relay.calls()).isEmpty();
    }

    @Test
    void send_whenAnEarlierVersionsEntryWasAssignedToThisTenant_isAlreadyDone() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        IdempotencyKey oldKey = IdempotencyKey.withoutTenant(mail);
        journal.record(new JournalEntry(
                oldKey,
                tenant,
                ARCHIVED,
                mail,
                "smtp-relay",
                "<old@x>",
                null,
                900L,
                null,
                List.of(),
                "",
                clock.instant()));

        SendReceipt receipt = service(relay).send(command());

        assertThat(receipt.status()).isEqualTo(Status.ALREADY_DONE);
        assertThat(receipt.key()).isEqualTo(oldKey);
        assertThat(relay.calls()).isEmpty();
    }

    @Test
    void send_whenKeyLeasedByAnotherRun_refusesWithoutSending() {
        var relay = RecordingSendStrategy.sending("smtp-relay");
        SendJournal.Lease other = journal.lease(key);
        try {
            assertThatThrownBy(() -> service(relay).send(command())).hasMessageContaining("in use");
        } finally {
            other.close();
        }
        assertThat(relay.calls()).isEmpty();
    }

    private JournalEntry journalEntrySending() {
        return JournalEntry.prepared(key, tenant, mail, clock.instant())
                .sending(
                        "smtp-relay",
                        RecordingSendStrategy.sending("smtp-relay").prepare(mail, key),
                        clock.instant());
    }
}
