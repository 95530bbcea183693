package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.nio.file.Path;

/** Opening the journal the user named, the same way for one mail, a batch and a resume. */
final class Journals {
    private Journals() {}

    /**
     * A dry run reads the journal if there is one, and creates nothing.
     *
     * @throws IllegalArgumentException naming the directory when it cannot hold a journal: nothing was sent, the user
     *     chose a wrong place
     */
    static SendJournal open(SendJournals journals, Path directory, boolean dryRun) {
        try {
            return journals.open(directory, !dryRun);
        } catch (SendJournalException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
