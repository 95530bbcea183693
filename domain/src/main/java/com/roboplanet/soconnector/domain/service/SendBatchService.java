package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.MailTemplate;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.RecipientList;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.in.BatchStoppedException;
import com.roboplanet.soconnector.domain.port.in.BatchSummary;
import com.roboplanet.soconnector.domain.port.in.SendBatchCommand;
import com.roboplanet.soconnector.domain.port.in.SendBatchUseCase;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailUseCase;
import com.roboplanet.soconnector.domain.port.out.BatchProgress;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.Pause;
import com.roboplanet.soconnector.domain.port.out.RecipientLists;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.TextFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One pass over a recipient list. Everything the batch needs is checked before the first mail, in the order the user
 * gave it (list, template, rate, the template's placeholders against the list's columns and the CRM's fields, rep,
 * journal, result file); then each row becomes one send with its own key, paced to the rate, its result reported and
 * appended to the result file before the next row starts. A row whose mail may have left without an answer stops the
 * batch: a relay that loses its answers would otherwise leave a decision per row.
 */
public final class SendBatchService implements SendBatchUseCase {
    private final RecipientLists lists;
    private final TextFiles texts;
    private final Supplier<CrmDirectory> directory;
    private final Supplier<List<SendStrategy>> strategies;
    private final Supplier<MailArchive> archive;
    private final Supplier<DeliveryCheck> check;
    private final SendJournals journals;
    private final BatchResults results;
    private final BatchProgress progress;
    private final Pause pause;
    private final Clock clock;

    /**
     * The directory, the strategies and the archive are suppliers: they are obtained once the inputs are checked,
     * because reaching the CRM opens a connection and a strategy checks its settings when it is made.
     */
    public SendBatchService(
            RecipientLists lists,
            TextFiles texts,
            Supplier<CrmDirectory> directory,
            Supplier<List<SendStrategy>> strategies,
            Supplier<MailArchive> archive,
            Supplier<DeliveryCheck> check,
            SendJournals journals,
            BatchResults results,
            BatchProgress progress,
            Pause pause,
            Clock clock) {
        this.lists = lists;
        this.texts = texts;
        this.directory = directory;
        this.strategies = strategies;
        this.archive = archive;
        this.check = check;
        this.journals = journals;
        this.results = results;
        this.progress = progress;
        this.pause = pause;
        this.clock = clock;
    }

    @Override
    public BatchSummary send(SendBatchCommand command) {
        RecipientList list = lists.read(command.batchFile(), command.batchReading());
        requireRecipients(list);
        MailTemplate template =
                MailTemplate.parse(command.templateFile(), texts.read(command.templateFile(), "--template"));
        BatchPacer pacer = new BatchPacer(BatchPacer.interval(command.rate()), clock, pause);
        CrmDirectory crm = directory.get();
        template.requireKnown(placeholders(list, crm));
        MailComposer composer = new MailComposer(crm);
        Rep rep = composer.rep(MailComposer.idOrEmail(command.rep(), "--rep"));
        SendJournal journal = Journals.open(journals, command.journal(), command.dryRun());
        Run run = new Run(
                command,
                template,
                rep,
                composer,
                new SendEmailService(strategies.get(), archive, journal, check, clock),
                pacer);
        Path resultsFile = command.dryRun() ? null : command.resultsFile();
        List<SendReceipt> earlier = List.of();
        BatchResults.Log opened = resultsFile == null ? null : create(resultsFile, list);
        try (BatchResults.Log log = opened) {
            run.rows(list, log);
            earlier = Journals.openWork(journal, command.tenant(), run.keys());
        } finally {
            progress.batchDone(new BatchSummary(command.batchFile(), resultsFile, run.done, earlier));
        }
        return new BatchSummary(command.batchFile(), resultsFile, run.done, earlier);
    }

    /** What a row can fill: the list's columns, the CRM's fields of the recipient, the rep's name and address. */
    private static Set<String> placeholders(RecipientList list, CrmDirectory crm) {
        Set<String> known = new HashSet<>(list.columns());
        known.addAll(crm.templateFields());
        known.addAll(REP_FIELDS);
        return known;
    }

    private static final List<String> REP_FIELDS = List.of("rep.name", "rep.email");

    /** @throws IllegalArgumentException when the list has no {@code to} column */
    private static void requireRecipients(RecipientList list) {
        if (!list.hasColumn(RecipientList.TO)) {
            throw new IllegalArgumentException(list.file() + ": no '" + RecipientList.TO + "' column (the recipient's"
                    + " person id or e-mail address; a column titled To, E-Mail, Email or Mail counts); columns are "
                    + String.join(", ", list.columns()));
        }
    }

    /** The results follow the list's layout: its delimiter, byte-order mark and line ends. */
    private BatchResults.Log create(Path file, RecipientList list) {
        try {
            return results.create(file, list.layout());
        } catch (BatchResultsException e) {
            throw new IllegalArgumentException("--results " + e.getMessage(), e);
        }
    }

    /** The rows of one call, so that the service itself stays stateless. */
    private final class Run {
        private final SendBatchCommand command;
        private final MailTemplate template;
        private final Rep rep;
        private final MailComposer composer;
        private final SendEmailUseCase sender;
        private final BatchPacer pacer;
        private final List<BatchRowResult> done = new ArrayList<>();

        Run(
                SendBatchCommand command,
                MailTemplate template,
                Rep rep,
                MailComposer composer,
                SendEmailUseCase sender,
                BatchPacer pacer) {
            this.command = command;
            this.template = template;
            this.rep = rep;
            this.composer = composer;
            this.sender = sender;
            this.pacer = pacer;
        }

        void rows(RecipientList list, BatchResults.Log log) {
            for (RecipientList.Row row : list.rows()) {
                BatchRowResult result;
                try {
                    result = row(row);
                } catch (RuntimeException e) {
                    report(BatchRowResult.failed(row.number(), row.line(), row.get(RecipientList.TO), e), log);
                    throw e;
                }
                report(result, log);
                if (lostAnswer(result)) {
                    throw new BatchStoppedException("row " + row.number() + " (line " + row.line() + "): "
                            + result.detail() + "; the batch stopped there, so that a relay that loses its answers"
                            + " does not leave a decision per row: decide this row, then run the batch again (it sends"
                            + " only what was not sent)");
                }
            }
        }

        /** This run handed the row's mail to a strategy, and the answer never came. */
        private static boolean lostAnswer(BatchRowResult result) {
            return result.receiptIfAny()
                    .filter(r -> r.strategyCalled() && r.status() == Status.NEEDS_CHECKING)
                    .isPresent();
        }

        /** The keys of the rows handled, so that what earlier runs left is told apart. */
        Set<IdempotencyKey> keys() {
            Set<IdempotencyKey> keys = new HashSet<>();
            done.forEach(row -> row.receiptIfAny().ifPresent(r -> keys.add(r.key())));
            return keys;
        }

        private void report(BatchRowResult result, BatchResults.Log log) {
            done.add(result);
            progress.rowDone(result);
            if (log != null) {
                log.append(result);
            }
        }

        /** A row's own bad data fails the row; anything else stops the batch (thrown). */
        private BatchRowResult row(RecipientList.Row row) {
            try {
                return BatchRowResult.sent(row.number(), row.get(RecipientList.TO), send(row));
            } catch (CrmDirectoryException e) {
                if (!rowProblem(e)) {
                    throw e;
                }
                return BatchRowResult.failed(row.number(), row.line(), row.get(RecipientList.TO), e);
            } catch (IllegalArgumentException e) {
                return BatchRowResult.failed(row.number(), row.line(), row.get(RecipientList.TO), e);
            }
        }

        private SendReceipt send(RecipientList.Row row) {
            String to = MailComposer.idOrEmail(row.get(RecipientList.TO), "column '" + RecipientList.TO + "'");
            Long saleId = saleId(row);
            IdempotencyKey key =
                    row.get(RecipientList.KEY).isEmpty() ? null : new IdempotencyKey(row.get(RecipientList.KEY));
            Addressee addressee = composer.addressee(to);
            MailTemplate.Rendered mail = template.render(values(row, addressee));
            OutboundEmail email = composer.compose(rep, addressee, saleId, mail.subject(), mail.body(), null);
            if (!command.dryRun()) {
                pacer.awaitTurn();
            }
            SendReceipt receipt =
                    sender.send(new SendEmailCommand(email, key, command.tenant(), command.dryRun(), false));
            if (receipt.strategyCalled()) {
                pacer.sent();
            }
            return receipt;
        }

        /** Placeholders: the addressee's and the rep's fields, overridden by the row's own columns. */
        private Map<String, String> values(RecipientList.Row row, Addressee addressee) {
            Map<String, String> values = new HashMap<>(addressee.fields());
            values.put("rep.name", rep.name());
            values.put("rep.email", rep.email().value());
            values.putAll(row.values());
            return values;
        }
    }

    private static Long saleId(RecipientList.Row row) {
        String sale = row.get(RecipientList.SALE);
        if (sale.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(sale);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw new IllegalArgumentException(
                "column '" + RecipientList.SALE + "' must be a sale id (a positive number), was '" + sale + "'");
    }

    /** A person or sale that does not exist is this row's problem; a CRM that refuses or fails is everyone's. */
    private static boolean rowProblem(CrmDirectoryException e) {
        return switch (e.kind()) {
            case NOT_FOUND, AMBIGUOUS -> true;
            case ACCESS_DENIED, NOT_PERMITTED, UNAVAILABLE, BAD_RESPONSE -> false;
        };
    }
}
