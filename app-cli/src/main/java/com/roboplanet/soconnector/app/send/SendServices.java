package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsUseCase;
import com.roboplanet.soconnector.domain.port.in.SendEmailUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.service.ResumeSendsService;
import com.roboplanet.soconnector.domain.service.SendEmailService;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Builds the send use cases once the command line has named the journal. Providers, so that nothing reaches
 * SuperOffice or the relay before the user's input has been checked.
 */
public final class SendServices {
    private final Provider<List<SendStrategy>> strategies;
    private final Provider<MailArchive> archive;
    private final Provider<CrmDirectory> directory;
    private final JournalOpener journals;
    private final Clock clock;

    @Inject
    SendServices(
            Provider<List<SendStrategy>> strategies,
            Provider<MailArchive> archive,
            Provider<CrmDirectory> directory,
            JournalOpener journals,
            Clock clock) {
        this.strategies = strategies;
        this.archive = archive;
        this.directory = directory;
        this.journals = journals;
        this.clock = clock;
    }

    /**
     * @param dryRun a dry run reads the journal if there is one, and creates nothing
     * @throws UserInputException naming the directory when it cannot hold a journal
     */
    public SendJournal journal(Path directory, boolean dryRun) {
        if (dryRun && !Files.exists(directory)) {
            return new NoJournalYet();
        }
        try {
            return journals.open(directory);
        } catch (SendJournalException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    public SendEmailUseCase sender(SendJournal journal) {
        return new SendEmailService(strategies.get(), archive.get(), journal, clock);
    }

    public ResumeSendsUseCase resumer(SendJournal journal) {
        return new ResumeSendsService(archive.get(), journal, clock);
    }

    public CrmDirectory directory() {
        return directory.get();
    }
}
