package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.adapters.csv.CsvTable;
import com.roboplanet.soconnector.adapters.csv.CsvTableReader;
import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.HeaderText;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code so-connector send}: one mail, a batch from a CSV file, or {@code --resume} of unfinished ones. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        description = {
            "Sends a mail on behalf of a sales rep through the strategies in SO_SEND_STRATEGY (default"
                    + " email-agent,smtp-relay,activity-handoff), at most once per mail: a journal remembers every"
                    + " mail, so running the same command again sends nothing twice.",
            "One mail: --rep --to --subject --body-file. A batch: --batch FILE --template FILE --rep."
                    + " Unfinished mails (sent but not archived): --resume."
        },
        footer = {
            "",
            "Exit codes: 0 sent, handed off or already done; 3 invalid input (nothing sent); 6 not sent (no strategy"
                    + " could serve); 7 unfinished (archive pending: run send --resume; or a mail to check)."
        })
public final class SendSubcommand implements Callable<Integer> {

    @Option(names = "--rep", paramLabel = "ID|EMAIL", description = "The sales rep (associate id or e-mail address).")
    String rep;

    @Option(names = "--to", paramLabel = "PERSON_ID|EMAIL", description = "The recipient (person id or e-mail).")
    String to;

    @Option(names = "--subject", paramLabel = "TEXT", description = "The subject (one line).")
    String subject;

    @Option(names = "--body-file", paramLabel = "FILE", description = "The plain-text body (UTF-8).")
    Path bodyFile;

    @Option(names = "--html-file", paramLabel = "FILE", description = "An HTML body besides the text (UTF-8).")
    Path htmlFile;

    @Option(
            names = "--sale",
            paramLabel = "ID",
            description = "Link the mail to this sale; it must belong to the recipient's company.")
    Long sale;

    @Option(
            names = "--key",
            paramLabel = "KEY",
            description = "Name the mail yourself (letters, digits, - and _); default: derived from rep, recipient,"
                    + " subject and body.")
    String key;

    @Option(names = "--dry-run", description = "Show what would be sent and where; send and write nothing.")
    boolean dryRun;

    @Option(
            names = "--resend-unconfirmed",
            description = "Send again a mail whose earlier run was interrupted mid-send, after you checked the"
                    + " rep's sent items for its Message-ID and did not find it.")
    boolean resendUnconfirmed;

    @Option(
            names = "--journal",
            paramLabel = "DIR",
            description = "The journal directory (default: ~/.so-connector/outbox).")
    Path journal;

    @Option(
            names = "--resume",
            description = "Finish what earlier runs left: archive mails that were sent but not archived; never sends.")
    boolean resume;

    @Option(
            names = "--batch",
            paramLabel = "CSV",
            description = "Send one mail per row: column 'to' (person id or e-mail), optional 'sale' and 'key',"
                    + " any other columns for the template.")
    Path batch;

    @Option(
            names = "--template",
            paramLabel = "FILE",
            description = "With --batch: 'Subject: ...', a blank line, the body; {{column}}, {{person.firstName}},"
                    + " {{contact.name}}... are filled per row.")
    Path template;

    @Option(
            names = "--results",
            paramLabel = "FILE",
            description = "With --batch: the per-row result file (default: <batch>.results.csv beside the batch).")
    Path results;

    @Option(
            names = "--rate",
            paramLabel = "N/s",
            description = "With --batch: at most this many mails per second or minute (default 1/s; e.g. 30/min).")
    String rate;

    @Spec
    CommandSpec spec;

    private final SendServices services;
    private final Console console;
    private final AppContext context;
    private final Clock clock;
    private final Pause pause;

    @Inject
    SendSubcommand(SendServices services, Console console, AppContext context, Clock clock, Pause pause) {
        this.services = services;
        this.console = console;
        this.context = context;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public Integer call() {
        if (resume) {
            forbid(
                    "--resume",
                    optionsGiven(
                            "--rep",
                            "--to",
                            "--subject",
                            "--body-file",
                            "--html-file",
                            "--sale",
                            "--key",
                            "--batch",
                            "--template",
                            "--results",
                            "--rate",
                            "--resend-unconfirmed"));
            return resume();
        }
        if (batch != null) {
            require("--batch", "--template", "--rep");
            forbid("--batch", optionsGiven("--to", "--subject", "--body-file", "--html-file", "--sale", "--key"));
            return batch();
        }
        require("send", "--rep", "--to", "--subject", "--body-file");
        forbid("one mail", optionsGiven("--template", "--results", "--rate"));
        return sendOne();
    }

    private int sendOne() {
        String text = TextFiles.read(resolve(bodyFile), "--body-file");
        String html = htmlFile == null ? null : TextFiles.read(resolve(htmlFile), "--html-file");
        String checkedSubject =
                HeaderText.requireSingleLine(subject, "--subject").strip();
        if (checkedSubject.isEmpty()) {
            throw new UserInputException("--subject is empty");
        }
        IdempotencyKey idempotencyKey = key == null ? null : new IdempotencyKey(key);
        String repRef = MailComposer.idOrEmail(rep, "--rep");
        String toRef = MailComposer.idOrEmail(to, "--to");
        MailComposer composer = new MailComposer(services.directory());
        Rep from = composer.rep(repRef);
        Addressee addressee = composer.addressee(toRef);
        OutboundEmail email = composer.compose(from, addressee, sale, checkedSubject, text, html);
        SendJournal outbox = services.journal(journalDirectory(), dryRun);
        SendReceipt receipt =
                services.sender(outbox).send(new SendEmailCommand(email, idempotencyKey, dryRun, resendUnconfirmed));
        ReceiptPrinter.print(receipt, console.out());
        console.out().flush();
        return SendExitCodes.of(receipt.status());
    }

    private int resume() {
        Path directory = journalDirectory();
        SendJournal outbox = services.journal(directory, dryRun);
        List<SendReceipt> receipts = services.resumer(outbox).resume(new ResumeSendsCommand(dryRun));
        return ReceiptPrinter.printResumed(receipts, dryRun, directory, console);
    }

    private int batch() {
        Path csv = resolve(batch);
        CsvTable table = new CsvTableReader().read(csv);
        BatchRun.requireRecipients(table);
        MailTemplate mailTemplate = MailTemplate.read(resolve(template));
        BatchPacer pacer = new BatchPacer(BatchPacer.interval(rate == null ? "1/s" : rate), clock, pause);
        MailComposer composer = new MailComposer(services.directory());
        Rep from = composer.rep(MailComposer.idOrEmail(rep, "--rep"));
        SendJournal outbox = services.journal(journalDirectory(), dryRun);
        BatchRun run = new BatchRun(
                new BatchRun.Setup(
                        mailTemplate, from, composer, services.sender(outbox), pacer, dryRun, resendUnconfirmed),
                console.out());
        Path resultFile = dryRun ? null : resultsFile(csv);
        BatchResults resultsOut = resultFile == null ? null : BatchResults.create(resultFile);
        int code;
        try (resultsOut) {
            code = run.run(table, resultsOut);
        } finally {
            console.out().flush();
            console.err()
                    .println("Batch " + csv.getFileName() + ": " + run.summary()
                            + (resultFile == null
                                    ? " (dry run: nothing sent, nothing written)"
                                    : "; results in " + resultFile));
        }
        return code;
    }

    private Path resultsFile(Path csv) {
        if (results != null) {
            return resolve(results);
        }
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + ".results.csv");
    }

    private Path journalDirectory() {
        return journal != null ? resolve(journal) : Path.of(System.getProperty("user.home"), ".so-connector", "outbox");
    }

    private Path resolve(Path path) {
        return context.workingDirectory().resolve(path);
    }

    private List<String> optionsGiven(String... names) {
        List<String> given = new ArrayList<>();
        for (String name : names) {
            if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
                given.add(name);
            }
        }
        return given;
    }

    private void forbid(String mode, List<String> given) {
        if (!given.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", given) + " cannot be used with " + mode);
        }
    }

    private void require(String mode, String... names) {
        List<String> given = optionsGiven(names);
        List<String> missing = new ArrayList<>(List.of(names));
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), mode + " needs " + String.join(", ", missing));
        }
    }
}
