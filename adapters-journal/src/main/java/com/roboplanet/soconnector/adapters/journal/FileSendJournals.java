package com.roboplanet.soconnector.adapters.journal;

import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournals;

/** A {@link FileSendJournal} per location; one that may not be created reads as an empty journal and writes nothing. */
public final class FileSendJournals implements SendJournals {
    @Override
    public SendJournal open(JournalLocation location, boolean create) {
        return new FileSendJournal(location, create);
    }
}
