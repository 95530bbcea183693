package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck.Finding;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Settles a SENDING entry without asking a person where the CRM can tell: a hand-off task that carries the mail's key
 * makes it HANDED_OFF, an exact lookup that finds none makes it PREPARED again (nothing was handed off, so it may be
 * sent), a document the EMail agent archived makes it ARCHIVED. Anything else stays SENDING for a person to decide.
 */
final class InterruptedSends {
    /** The entry after the lookup, and one line saying what the CRM showed. */
    record Settled(JournalEntry entry, String evidence) {}

    private final Supplier<DeliveryCheck> check;
    private final SendJournal journal;
    private final Clock clock;

    /** @param check asked for only when an interrupted entry is met, because reaching the CRM opens a connection */
    InterruptedSends(Supplier<DeliveryCheck> check, SendJournal journal, Clock clock) {
        this.check = check;
        this.journal = journal;
        this.clock = clock;
    }

    Settled settle(JournalEntry sending) {
        if (sending.state() != JournalState.SENDING) {
            throw new IllegalArgumentException(
                    "only a SENDING entry is settled, " + sending.key() + " is " + sending.state());
        }
        Finding finding = check.get().check(sending);
        if (finding instanceof Finding.Delivered found) {
            JournalEntry done = found.taskId() != null
                    ? sending.handedOff(found.taskId(), found.evidence(), clock.instant())
                    : sending.sent(sending.messageId(), null, found.evidence(), clock.instant())
                            .archived(found.documentId(), clock.instant());
            recordFound(done, found.evidence());
            return new Settled(done, found.evidence());
        }
        if (finding instanceof Finding.NotDelivered none) {
            JournalEntry again = sending.notSent(none.evidence(), clock.instant());
            journal.record(again);
            return new Settled(again, none.evidence());
        }
        return new Settled(sending, ((Finding.CannotTell) finding).why());
    }

    private void recordFound(JournalEntry done, String evidence) {
        try {
            journal.record(done);
        } catch (SendJournalException e) {
            throw new SendJournalException(
                    SendJournalException.Kind.AFTER_SENDING,
                    "mail " + done.key() + " was delivered (" + evidence + "), but the journal could not record it ("
                            + e.getMessage() + "); once it can be written, run send --resume (it looks again and never"
                            + " sends)",
                    "--resume",
                    e);
        }
    }
}
