package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.SaleSelection;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.port.in.BatchSummary;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsUseCase;
import com.roboplanet.soconnector.domain.port.in.SendBatchCommand;
import com.roboplanet.soconnector.domain.port.in.SendBatchUseCase;
import com.roboplanet.soconnector.domain.port.in.SendOneMailCommand;
import com.roboplanet.soconnector.domain.port.in.SendOneMailUseCase;
import com.roboplanet.soconnector.domain.port.out.TableReading;
import jakarta.inject.Inject;
import java.nio.file.Path;
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
            names = "--sheet",
            paramLabel = "NAME",
            description = "With --batch: the workbook sheet of the recipient list (default: the first).")
    String sheet;

    @Option(
            names = "--encoding",
            paramLabel = "NAME",
            description = "With --batch: read a text recipient list in this encoding (UTF-8, windows-1252,"
                    + " ISO-8859-15, UTF-16LE) instead of detecting it.")
    String encoding;

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

    private final SendOneMailUseCase sendOneMail;
    private final SendBatchUseCase sendBatch;
    private final ResumeSendsUseCase resumeSends;
    private final Console console;
    private final AppContext context;

    @Inject
    SendSubcommand(
            SendOneMailUseCase sendOneMail,
            SendBatchUseCase sendBatch,
            ResumeSendsUseCase resumeSends,
            Console console,
            AppContext context) {
        this.sendOneMail = sendOneMail;
        this.sendBatch = sendBatch;
        this.resumeSends = resumeSends;
        this.console = console;
        this.context = context;
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
                            "--sheet",
                            "--encoding",
                            "--resend-unconfirmed"));
            return resume();
        }
        if (batch != null) {
            require("--batch", "--template", "--rep");
            forbid("--batch", optionsGiven("--to", "--subject", "--body-file", "--html-file", "--sale", "--key"));
            return batch();
        }
        require("send", "--rep", "--to", "--subject", "--body-file");
        forbid("one mail", optionsGiven("--template", "--results", "--rate", "--sheet", "--encoding"));
        return sendOne();
    }

    private int sendOne() {
        SendReceipt receipt = sendOneMail.send(new SendOneMailCommand(
                rep,
                to,
                sale,
                subject,
                resolve(bodyFile),
                htmlFile == null ? null : resolve(htmlFile),
                key,
                journalDirectory(),
                dryRun,
                resendUnconfirmed));
        ReceiptPrinter.print(receipt, console.out());
        console.out().flush();
        return SendExitCodes.of(receipt.status());
    }

    private int resume() {
        Path directory = journalDirectory();
        List<SendReceipt> receipts = resumeSends.resume(new ResumeSendsCommand(directory, dryRun));
        return ReceiptPrinter.printResumed(receipts, dryRun, directory, console);
    }

    /** Each row and the summary are printed as the batch runs ({@link ConsoleBatchProgress}). */
    private int batch() {
        SaleSelection.requireKnownEncoding(encoding);
        Path csv = resolve(batch);
        BatchSummary summary = sendBatch.send(new SendBatchCommand(
                csv,
                resolve(template),
                rep,
                rate,
                journalDirectory(),
                resultsFile(csv),
                dryRun,
                resendUnconfirmed,
                new TableReading(encoding, sheet)));
        return SendExitCodes.worst(summary.rows().stream()
                .map(row -> row.receiptIfAny()
                        .map(receipt -> SendExitCodes.of(receipt.status()))
                        .orElse(ExitCode.NOT_SENT))
                .toList());
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
