package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.domain.port.out.SendJournal;
import java.nio.file.Path;

/** Opens the journal in the directory the user chose ({@code --journal}); tests wrap it to inject crashes. */
@FunctionalInterface
public interface JournalOpener {
    /** @throws com.roboplanet.soconnector.domain.port.out.SendJournalException when the directory cannot be used */
    SendJournal open(Path directory);
}
