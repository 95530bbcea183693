package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Opening the journal the user named, and reading what it still holds, the same way for every send command. */
final class Journals {
    private Journals() {}

    /**
     * A dry run reads the journal if there is one, and creates nothing.
     *
     * @throws IllegalArgumentException naming the folder when it cannot hold a journal: nothing was sent, the user
     *     chose a wrong place or the disk is full
     */
    static SendJournal open(SendJournals journals, JournalLocation location, boolean dryRun) {
        try {
            return journals.open(location, !dryRun);
        } catch (SendJournalException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * What the journal holds, besides the mails of this run, that needs {@code send --resume} or a person: mails sent
     * but not archived, interrupted sends, entries of an earlier version or of another tenant. A run exits 7 while any is
     * left, whichever run left it (ADR 0005); mails not sent are not counted, running their command again sends them.
     */
    static List<SendReceipt> openWork(SendJournal journal, TenantId tenant, Set<IdempotencyKey> handled) {
        List<SendReceipt> open = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            if (handled.contains(entry.key()) || entry.state().finished()) {
                continue;
            }
            if (entry.unassigned()) {
                open.add(Receipts.unassigned(entry));
            } else if (!entry.tenant().equals(tenant)) {
                open.add(Receipts.otherTenant(entry, tenant));
            } else if (entry.state() == JournalState.SENT) {
                open.add(Receipts.of(
                        entry,
                        SendReceipt.Status.SENT_ARCHIVE_PENDING,
                        "sent via " + entry.strategy() + " as " + entry.messageId()
                                + " by an earlier run, not archived yet: run send --resume"));
            } else if (entry.state() == JournalState.SENDING) {
                open.add(Receipts.needsChecking(entry, "", false));
            }
        }
        for (JournalEntry entry : journal.unassigned()) {
            if (!handled.contains(entry.key()) && !entry.state().finished()) {
                open.add(Receipts.unassigned(entry));
            }
        }
        return open;
    }
}
