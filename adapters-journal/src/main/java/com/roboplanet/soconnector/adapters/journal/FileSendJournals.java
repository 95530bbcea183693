package com.roboplanet.soconnector.adapters.journal;

import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link FileSendJournal} per directory; a directory that may not be created reads as an empty journal. */
public final class FileSendJournals implements SendJournals {
    @Override
    public SendJournal open(Path directory, boolean create) {
        if (!create && !Files.exists(directory)) {
            return new NoJournalYet();
        }
        return new FileSendJournal(directory);
    }
}
