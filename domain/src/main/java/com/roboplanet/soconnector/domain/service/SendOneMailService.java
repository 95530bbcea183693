package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.HeaderText;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.in.SendOneMailCommand;
import com.roboplanet.soconnector.domain.port.in.SendOneMailResult;
import com.roboplanet.soconnector.domain.port.in.SendOneMailUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.TextFiles;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks what the user typed before anything is asked of the CRM (the bodies, the subject, the key, the rep and
 * recipient references), then looks up rep, person and sale, then opens the journal, and only then sends through
 * {@link SendEmailService}; finally reads what earlier runs left open in the journal.
 */
public final class SendOneMailService implements SendOneMailUseCase {
    private final TextFiles texts;
    private final Supplier<CrmDirectory> directory;
    private final Supplier<List<SendStrategy>> strategies;
    private final Supplier<MailArchive> archive;
    private final Supplier<DeliveryCheck> check;
    private final SendJournals journals;
    private final Clock clock;

    /**
     * The directory, the strategies, the archive and the delivery check are suppliers: they are obtained once the inputs
     * are checked (and the archive and check only when needed), because reaching the CRM opens a connection and a
     * strategy checks its settings when it is made.
     */
    public SendOneMailService(
            TextFiles texts,
            Supplier<CrmDirectory> directory,
            Supplier<List<SendStrategy>> strategies,
            Supplier<MailArchive> archive,
            Supplier<DeliveryCheck> check,
            SendJournals journals,
            Clock clock) {
        this.texts = texts;
        this.directory = directory;
        this.strategies = strategies;
        this.archive = archive;
        this.check = check;
        this.journals = journals;
        this.clock = clock;
    }

    @Override
    public SendOneMailResult send(SendOneMailCommand command) {
        String text = texts.read(command.bodyFile(), "--body-file");
        String html = command.htmlFile() == null ? null : texts.read(command.htmlFile(), "--html-file");
        String subject =
                HeaderText.requireSingleLine(command.subject(), "--subject").strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("--subject is empty");
        }
        IdempotencyKey key = command.key() == null ? null : new IdempotencyKey(command.key());
        String rep = MailComposer.idOrEmail(command.rep(), "--rep");
        String to = MailComposer.idOrEmail(command.to(), "--to");
        MailComposer composer = new MailComposer(directory.get());
        Rep from = composer.rep(rep);
        Addressee addressee = composer.addressee(to);
        OutboundEmail email = composer.compose(from, addressee, command.saleId(), subject, text, html);
        SendJournal journal = Journals.open(journals, command.journal(), command.dryRun());
        SendEmailCommand send =
                new SendEmailCommand(email, key, command.tenant(), command.dryRun(), command.resendUnconfirmed());
        SendReceipt receipt = new SendEmailService(strategies.get(), archive, journal, check, clock).send(send);
        return new SendOneMailResult(receipt, Journals.openWork(journal, command.tenant(), Set.of(receipt.key())));
    }
}
