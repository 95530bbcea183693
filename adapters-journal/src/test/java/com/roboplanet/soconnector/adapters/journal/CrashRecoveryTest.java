package com.roboplanet.soconnector.adapters.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.in.ResolveSendCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.service.ResolveSendService;
import com.roboplanet.soconnector.domain.service.ResumeSendsService;
import com.roboplanet.soconnector.domain.service.SendEmailService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a run at each step (an Error nothing catches, as a dying process would), reopens the journal
 * from disk as the next process would, and checks that sending again and resuming together deliver
 * exactly one mail and one archived copy, or stop and ask a person where nobody can know.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final OutboundEmail mail = Mails.mail("Angebot");
    private final TenantId tenant = Mails.tenant();
    private final IdempotencyKey key = IdempotencyKey.derive(tenant, mail);
    private final Relay relay = new Relay();
    private final FakeMailArchive archive = new FakeMailArchive();

    /** Thrown where the process "dies". */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** A relay that counts accepted mails and can die right after accepting one. */
    static final class Relay implements SendStrategy {
        final List<String> accepted = new ArrayList<>();
        boolean dieAfterAccepting;

        @Override
        public String name() {
            return "smtp-relay";
        }

        @Override
        public String describe(OutboundEmail email) {
            return "relay";
        }

        @Override
        public PreparedMail prepare(OutboundEmail email, IdempotencyKey key) {
            return new PreparedMail(
                    email, key, "<" + key + "@relay.example>", "the mime".getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public SendOutcome send(PreparedMail mail) {
            accepted.add(mail.email().subject());
            if (dieAfterAccepting) {
                throw new Crash();
            }
            return new SendOutcome.Sent(mail.messageId(), mail.mime(), null);
        }
    }

    /** A journal that dies at its n-th write, before the write happens. */
    static final class DyingJournal implements SendJournal {
        private final SendJournal delegate;
        private int writesLeft;

        DyingJournal(SendJournal delegate, int dieAtWrite) {
            this.delegate = delegate;
            this.writesLeft = dieAtWrite;
        }

        @Override
        public Lease lease(IdempotencyKey key) {
            return delegate.lease(key);
        }

        @Override
        public Optional<JournalEntry> find(IdempotencyKey key) {
            return delegate.find(key);
        }

        @Override
        public void record(JournalEntry entry) {
            if (--writesLeft == 0) {
                throw new Crash();
            }
            delegate.record(entry);
        }

        @Override
        public List<JournalEntry> entries() {
            return delegate.entries();
        }

        @Override
        public List<JournalEntry> unassigned() {
            return delegate.unassigned();
        }

        @Override
        public Optional<JournalEntry> findUnassigned(IdempotencyKey key) {
            return delegate.findUnassigned(key);
        }

        @Override
        public void assign(JournalEntry assigned) {
            delegate.assign(assigned);
        }
    }

    /** Writes: 1 PREPARED, 2 SENDING, (relay accepts), 3 SENT, (archive), 4 ARCHIVED. */
    @ParameterizedTest(name = "dies at journal write {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void crashAtJournalWrite_thenSendAgainAndResume_deliversAtMostOnceAndNeverLoses(int write) {
        SendJournal dying = new DyingJournal(new FileSendJournal(dir), write);
        assertThatThrownBy(() -> sendWith(dying)).isInstanceOf(Crash.class);

        SendReceipt again = sendWith(new FileSendJournal(dir));
        List<SendReceipt> resumed = resumeWith(new FileSendJournal(dir));

        if (write <= 2) {
            assertThat(again.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
            assertThat(relay.accepted).hasSize(1);
            assertThat(archive.archived()).hasSize(1);
            assertThat(resumed).isEmpty();
        } else if (write == 3) {
            assertThat(again.status()).isEqualTo(Status.NEEDS_CHECKING);
            assertThat(again.messageId()).isEqualTo("<" + key + "@relay.example>");
            assertThat(relay.accepted).hasSize(1);
            assertThat(resumed).extracting(SendReceipt::status).containsExactly(Status.NEEDS_CHECKING);
            SendReceipt decided = resolveWith(new FileSendJournal(dir), true);
            assertThat(decided.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
            assertThat(archive.archived())
                    .singleElement()
                    .satisfies(a -> assertThat(a.eml()).isEqualTo("the mime".getBytes(StandardCharsets.US_ASCII)));
        } else {
            assertThat(again.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
            assertThat(again.strategyCalled()).isFalse();
            assertThat(resumed).isEmpty();
            assertThat(relay.accepted).hasSize(1);
            assertThat(archive.archived()).hasSize(1);
        }
    }

    @Test
    void crashRightAfterRelayAccepted_isNeverResentSilently_butCanBeOnRequest() {
        relay.dieAfterAccepting = true;
        assertThatThrownBy(() -> sendWith(new FileSendJournal(dir))).isInstanceOf(Crash.class);
        relay.dieAfterAccepting = false;

        assertThat(sendWith(new FileSendJournal(dir)).status()).isEqualTo(Status.NEEDS_CHECKING);
        assertThat(resumeWith(new FileSendJournal(dir)))
                .extracting(SendReceipt::status)
                .containsExactly(Status.NEEDS_CHECKING);
        assertThat(relay.accepted).hasSize(1);

        SendReceipt confirmed =
                service(new FileSendJournal(dir)).send(new SendEmailCommand(mail, null, tenant, false, true));
        assertThat(confirmed.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(relay.accepted).hasSize(2);
    }

    @Test
    void crashDuringArchive_resumeArchivesWithoutSendingAgain() {
        MailArchive dyingArchive = (email, messageId, eml) -> {
            throw new Crash();
        };
        SendEmailService first = new SendEmailService(
                List.of(relay), () -> dyingArchive, new FileSendJournal(dir), ScriptedDeliveryCheck::new, clock);
        assertThatThrownBy(() -> first.send(SendEmailCommand.of(mail, tenant))).isInstanceOf(Crash.class);

        List<SendReceipt> resumed = resumeWith(new FileSendJournal(dir));

        assertThat(resumed).extracting(SendReceipt::status).containsExactly(Status.SENT_AND_ARCHIVED);
        assertThat(archive.archived())
                .singleElement()
                .satisfies(a -> assertThat(a.eml()).isEqualTo("the mime".getBytes(StandardCharsets.US_ASCII)));
        assertThat(relay.accepted).hasSize(1);
        assertThat(sendWith(new FileSendJournal(dir)).status()).isEqualTo(Status.ALREADY_DONE);
    }

    @Test
    void crashAfterRelayAccepted_resolvedAsNotSent_sendsOnceMoreWithTheSameMessageId() {
        relay.dieAfterAccepting = true;
        assertThatThrownBy(() -> sendWith(new FileSendJournal(dir))).isInstanceOf(Crash.class);
        relay.dieAfterAccepting = false;

        SendReceipt decided = resolveWith(new FileSendJournal(dir), false);
        SendReceipt again = sendWith(new FileSendJournal(dir));

        assertThat(decided.status()).isEqualTo(Status.NOT_SENT);
        assertThat(again.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(again.messageId()).isEqualTo("<" + key + "@relay.example>");
        assertThat(relay.accepted).hasSize(2);
    }

    @Test
    void archiveFailure_thenResume_archivesOnceAndSendsOnce() {
        archive.failingTimes(1);
        assertThat(sendWith(new FileSendJournal(dir)).status()).isEqualTo(Status.SENT_ARCHIVE_PENDING);

        assertThat(resumeWith(new FileSendJournal(dir)))
                .extracting(SendReceipt::status)
                .containsExactly(Status.SENT_AND_ARCHIVED);
        assertThat(resumeWith(new FileSendJournal(dir))).isEmpty();
        assertThat(relay.accepted).hasSize(1);
        assertThat(archive.archived()).hasSize(1);
    }

    private SendEmailService service(SendJournal journal) {
        return new SendEmailService(List.of(relay), () -> archive, journal, ScriptedDeliveryCheck::new, clock);
    }

    private SendReceipt sendWith(SendJournal journal) {
        return service(journal).send(SendEmailCommand.of(mail, tenant));
    }

    private List<SendReceipt> resumeWith(SendJournal journal) {
        return new ResumeSendsService(() -> archive, ScriptedDeliveryCheck::new, (location, create) -> journal, clock)
                .resume(new ResumeSendsCommand(JournalLocation.of(dir), tenant, false, false))
                .receipts();
    }

    private SendReceipt resolveWith(SendJournal journal, boolean arrived) {
        return new ResolveSendService(() -> archive, ScriptedDeliveryCheck::new, (location, create) -> journal, clock)
                .resolve(new ResolveSendCommand(JournalLocation.of(dir), tenant, key.value(), arrived));
    }
}
