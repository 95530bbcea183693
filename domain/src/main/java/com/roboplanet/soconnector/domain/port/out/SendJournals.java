package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;

/** Opens the journal in the directory the user chose; one directory holds the journal of every mail. */
@FunctionalInterface
public interface SendJournals {

    /**
     * @param create whether a missing directory is created; when not, a missing directory reads as a journal that
     *     knows no mail and refuses every write
     * @throws SendJournalException naming the directory when it cannot hold a journal
     */
    SendJournal open(Path directory, boolean create);
}
