package com.roboplanet.soconnector.domain.port.out;

/** Opens the journal where the user chose; one folder holds the journal of every mail of one tenant. */
@FunctionalInterface
public interface SendJournals {

    /**
     * @param create whether a missing folder is created; when not, a missing folder reads as a journal that knows no
     *     mail and refuses every write
     * @throws SendJournalException naming the folder and the system's reason when it cannot hold a journal
     */
    SendJournal open(JournalLocation location, boolean create);
}
