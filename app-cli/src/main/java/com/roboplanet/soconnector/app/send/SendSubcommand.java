package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.InputsAndOutputs;
import com.roboplanet.soconnector.app.SaleSelection;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.port.in.BatchSummary;
import com.roboplanet.soconnector.domain.port.in.ResolveSendCommand;
import com.roboplanet.soconnector.domain.port.in.ResolveSendUseCase;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsCommand;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsUseCase;
import com.roboplanet.soconnector.domain.port.in.ResumeSummary;
import com.roboplanet.soconnector.domain.port.in.SendBatchCommand;
import com.roboplanet.soconnector.domain.port.in.SendBatchUseCase;
import com.roboplanet.soconnector.domain.port.in.SendOneMailCommand;
import com.roboplanet.soconnector.domain.port.in.SendOneMailResult;
import com.roboplanet.soconnector.domain.port.in.SendOneMailUseCase;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.TableReading;
import jakarta.inject.Inject;
import java.nio.file.Files;
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
                    + " email-agent,smtp-relay,activity-handoff), at most once per mail: a journal per tenant"
                    + " remembers every mail, so running the same command again sends nothing twice.",
            "One mail: --rep --to --subject --body-file. A batch: --batch FILE --template FILE --rep."
                    + " Unfinished mails (sent but not archived, interrupted sends, entries of an earlier version):"
                    + " --resume. A decision about one interrupted mail: --resolve KEY|MESSAGE-ID --sent or --not-sent."
        },
        footer = {
            "",
            "Exit codes: 0 sent and archived, handed off or already done; 3 invalid input or a journal that cannot be"
                    + " written (nothing sent); 6 not sent (running it again sends it); 7 unfinished (run send"
                    + " --resume, or decide with --resolve), also when an earlier run left it."
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
            description = "One mail: send again a mail whose earlier run was interrupted mid-send, after you looked"
                    + " where the connector said and did not find it (the same as --resolve KEY --not-sent, then"
                    + " sending). Not with --batch: decide per row with --resolve.")
    boolean resendUnconfirmed;

    @Option(
            names = "--journal",
            paramLabel = "DIR",
            description = "The journal directory (default: $HOME/.so-connector/outbox/<environment>-<context"
                    + " identifier>/, one per tenant).")
    Path journal;

    @Option(
            names = "--resume",
            description = "Finish what earlier runs left: archive mails that were sent but not archived, settle"
                    + " interrupted hand-offs by their task, list every open decision with its command; never sends.")
    boolean resume;

    @Option(
            names = "--assign-legacy-to-current-tenant",
            description = "With --resume: the mails an earlier version journaled without a tenant were sent for this"
                    + " one; assign them to it (then they are archived here and never sent again).")
    boolean assignLegacy;

    @Option(
            names = "--resolve",
            paramLabel = "KEY|MESSAGE-ID",
            description = "Decide about one interrupted mail (NEEDS_CHECKING): with --sent (it arrived: recorded as"
                    + " sent, the kept copy archived, nothing sent) or --not-sent (the next send of it sends it, with"
                    + " the same Message-ID).")
    String resolve;

    @Option(names = "--sent", description = "With --resolve: you found the mail, it arrived.")
    boolean sent;

    @Option(names = "--not-sent", description = "With --resolve: the mail is not there.")
    boolean notSent;

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
    private final ResolveSendUseCase resolveSend;
    private final Console console;
    private final AppContext context;

    @Inject
    SendSubcommand(
            SendOneMailUseCase sendOneMail,
            SendBatchUseCase sendBatch,
            ResumeSendsUseCase resumeSends,
            ResolveSendUseCase resolveSend,
            Console console,
            AppContext context) {
        this.sendOneMail = sendOneMail;
        this.sendBatch = sendBatch;
        this.resumeSends = resumeSends;
        this.resolveSend = resolveSend;
        this.console = console;
        this.context = context;
    }

    private static final List<String> ONE_MAIL_OPTIONS =
            List.of("--rep", "--to", "--subject", "--body-file", "--html-file", "--sale", "--key");
    private static final List<String> BATCH_OPTIONS =
            List.of("--batch", "--template", "--results", "--rate", "--sheet", "--encoding");

    @Override
    public Integer call() {
        try {
            return dispatch();
        } catch (SendJournalException e) {
            // The domain names the finishing command as "send ..."; the user's --journal must be in it to work.
            throw e.withSendCommand(sendCommand());
        }
    }

    private int dispatch() {
        if (!resume) {
            forbid("without --resume", optionsGiven("--assign-legacy-to-current-tenant"));
        }
        if (resolve == null) {
            forbid("without --resolve", optionsGiven("--sent", "--not-sent"));
        }
        if (resolve != null) {
            forbid(
                    "--resolve",
                    optionsGiven(
                            all(ONE_MAIL_OPTIONS, BATCH_OPTIONS, "--resume", "--dry-run", "--resend-unconfirmed")));
            if (sent == notSent) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--resolve needs --sent (it arrived) or --not-sent" + " (it is not there), one of them");
            }
            return resolve();
        }
        if (resume) {
            forbid("--resume", optionsGiven(all(ONE_MAIL_OPTIONS, BATCH_OPTIONS, "--resend-unconfirmed")));
            if (dryRun && assignLegacy) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--assign-legacy-to-current-tenant cannot be used"
                                + " with --dry-run: a dry run assigns nothing");
            }
            return resume();
        }
        if (batch != null) {
            require("--batch", "--template", "--rep");
            forbid("--batch", optionsGiven("--to", "--subject", "--body-file", "--html-file", "--sale", "--key"));
            if (resendUnconfirmed) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--resend-unconfirmed cannot be used with --batch:"
                                + " it would send every interrupted row again; decide each with send --resolve KEY --sent or"
                                + " --not-sent (the batch lists the lines), then run the batch again");
            }
            return batch();
        }
        require("send", "--rep", "--to", "--subject", "--body-file");
        forbid("one mail", optionsGiven("--template", "--results", "--rate", "--sheet", "--encoding"));
        return sendOne();
    }

    private int sendOne() {
        JournalLocation location = journalLocation();
        SendOneMailResult result = sendOneMail.send(new SendOneMailCommand(
                rep,
                to,
                sale,
                subject,
                resolve(bodyFile),
                htmlFile == null ? null : resolve(htmlFile),
                key,
                location,
                context.tenant(),
                dryRun,
                resendUnconfirmed));
        ReceiptPrinter.print(result.receipt(), sendCommand(), console.out());
        ReceiptPrinter.printEarlier(result.earlier(), location.directory(), sendCommand(), console.out());
        console.out().flush();
        List<Integer> codes = new ArrayList<>();
        codes.add(SendExitCodes.of(result.receipt().status()));
        result.earlier().forEach(r -> codes.add(SendExitCodes.of(r.status())));
        return SendExitCodes.worst(codes);
    }

    private int resume() {
        JournalLocation location = journalLocation();
        ResumeSummary summary =
                resumeSends.resume(new ResumeSendsCommand(location, context.tenant(), dryRun, assignLegacy));
        return ReceiptPrinter.printResumed(summary, dryRun, location.directory(), sendCommand(), console);
    }

    private int resolve() {
        SendReceipt receipt =
                resolveSend.resolve(new ResolveSendCommand(journalLocation(), context.tenant(), resolve, sent));
        ReceiptPrinter.print(receipt, sendCommand(), console.out());
        console.out().flush();
        return SendExitCodes.of(receipt.status());
    }

    /**
     * Each row and the summary are printed as the batch runs ({@link ConsoleBatchProgress}); then the exact lines that
     * finish what is open.
     */
    private int batch() {
        SaleSelection.requireKnownEncoding(encoding, spec.commandLine());
        Path csv = resolve(batch);
        new InputsAndOutputs()
                .input("--batch", csv)
                .input("--template", resolve(template))
                .output(results != null ? "--results" : "the result file", resultsFile(csv))
                .requireDistinct();
        JournalLocation location = journalLocation();
        BatchSummary summary = sendBatch.send(new SendBatchCommand(
                csv,
                resolve(template),
                rep,
                rate,
                location,
                context.tenant(),
                resultsFile(csv),
                dryRun,
                new TableReading(encoding, sheet)));
        List<SendReceipt> open = summary.rows().stream()
                .flatMap(row -> row.receiptIfAny().stream())
                .filter(r -> !ReceiptPrinter.decisionLines(r, sendCommand()).isEmpty())
                .toList();
        if (!open.isEmpty()) {
            console.out().println();
            console.out().println(open.size() + " row(s) need a decision or a resume:");
            open.forEach(r -> {
                console.out().println(r.key() + " " + r.status());
                ReceiptPrinter.decisions(r, sendCommand(), console.out());
            });
        }
        ReceiptPrinter.printEarlier(summary.earlier(), location.directory(), sendCommand(), console.out());
        console.out().flush();
        List<Integer> codes = new ArrayList<>(summary.rows().stream()
                .map(row -> row.receiptIfAny()
                        .map(receipt -> SendExitCodes.of(receipt.status()))
                        .orElse(ExitCode.NOT_SENT))
                .toList());
        summary.earlier().forEach(r -> codes.add(SendExitCodes.of(r.status())));
        return SendExitCodes.worst(codes);
    }

    /** {@code so-connector send}, with the journal when the user named it, so that a printed line is exact. */
    private String sendCommand() {
        return "so-connector send" + (journal == null ? "" : " --journal " + quoted(journal.toString()));
    }

    private static String quoted(String path) {
        return path.matches("[A-Za-z0-9._/:\\\\-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private static List<String> all(List<String> a, List<String> b, String... more) {
        List<String> names = new ArrayList<>(a);
        names.addAll(b);
        names.addAll(List.of(more));
        return names;
    }

    private Path resultsFile(Path csv) {
        if (results != null) {
            return resolve(results);
        }
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + ".results.csv");
    }

    /**
     * {@code --journal DIR} as given, else the tenant's folder under {@code $HOME/.so-connector/outbox/}, with that
     * folder itself as where earlier versions (one flat journal for every tenant) left their entries.
     */
    private JournalLocation journalLocation() {
        if (journal != null) {
            return folder(JournalLocation.of(resolve(journal)), "--journal " + resolve(journal));
        }
        Path outbox = context.home().resolve(".so-connector").resolve("outbox");
        JournalLocation location =
                new JournalLocation(outbox.resolve(context.tenant().value()), outbox);
        return folder(location, "the journal " + location.directory());
    }

    /**
     * @throws UserInputException (exit code 3) before anything is read or sent, in every mode, when the journal's place
     *     is taken by something that is not a folder
     */
    private static JournalLocation folder(JournalLocation location, String named) {
        for (Path p = location.directory(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UserInputException(named + (p.equals(location.directory()) ? " is" : " is inside " + p + ",")
                        + " a file, not a folder: the journal is a folder of its own (created when missing); name one"
                        + " with --journal DIR, or move the file away");
            }
        }
        return location;
    }

    private Path resolve(Path path) {
        return context.workingDirectory().resolve(path);
    }

    private List<String> optionsGiven(List<String> names) {
        return optionsGiven(names.toArray(String[]::new));
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
