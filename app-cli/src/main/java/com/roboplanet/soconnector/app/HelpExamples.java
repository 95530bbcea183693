package com.roboplanet.soconnector.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The "Examples" section of every command's help, kept in one place so that {@code HelpExamplesTest} can run each
 * example through the parser (an example that no longer parses fails the build) and check that no command lacks
 * one. An example is a command line as a person types it, then what it does.
 */
final class HelpExamples {
    static final String SECTION = "examples";

    /** One example: the command line (a shell redirection may follow the arguments) and what it does. */
    record Example(String commandLine, String effect) {}

    /** By qualified command name, as picocli names it ({@code so-connector inspect sales}). */
    static final Map<String, List<Example>> BY_COMMAND = Map.ofEntries(
            Map.entry(
                    "so-connector",
                    List.of(
                            new Example(
                                    "so-connector report --sandbox",
                                    "The report of the built-in sandbox's generated sales, in product_report.csv."),
                            new Example(
                                    "so-connector --env-file /etc/so-connector/tenant.env report --all --out"
                                            + " /srv/reports/products.csv",
                                    "What a nightly job runs: the tenant's settings from a file, every sale."),
                            new Example("so-connector help send", "The help of one command."))),
            Map.entry(
                    "so-connector report",
                    List.of(
                            new Example(
                                    "so-connector report --since 01.01.2025 --status sold --excel",
                                    "Sold sales since New Year, as CSV that German Excel opens by double-click."),
                            new Example(
                                    "so-connector report --from-csv sales.csv --catalog products.csv --out report.csv",
                                    "A report from an export file and your own catalogue, without SuperOffice."),
                            new Example(
                                    "so-connector report --explain 342243",
                                    "One sale step by step: the record, the heading, every alias and why it counted."),
                            new Example(
                                    "so-connector report --all --format jsonl --out report.jsonl",
                                    "Every sale, one JSON object per row and a summary object at the end."))),
            Map.entry(
                    "so-connector suggest-keywords",
                    List.of(
                            new Example(
                                    "so-connector suggest-keywords --write proposals.csv",
                                    "Proposals for the catalogue, written commented out for review."),
                            new Example(
                                    "so-connector suggest-keywords --from-csv sales.csv --catalog products.csv --top 50",
                                    "The 50 best proposals for the headings of an export that products.csv misses."))),
            Map.entry(
                    "so-connector products",
                    List.of(
                            new Example("so-connector products", "The tenant's product families and products."),
                            new Example(
                                    "so-connector products --format csv > products-crm.csv",
                                    "The same as CSV, for a spreadsheet or a script."))),
            Map.entry(
                    "so-connector inspect",
                    List.of(
                            new Example(
                                    "so-connector inspect sales --limit 3", "Three sales as SuperOffice returns them."),
                            new Example("so-connector inspect reps", "The users mail can be sent on behalf of."))),
            Map.entry(
                    "so-connector inspect sales",
                    List.of(
                            new Example(
                                    "so-connector inspect sales --without-customer --limit 5",
                                    "Five of the sales the report skips for want of a customer."),
                            new Example(
                                    "so-connector inspect sales --id 342243 --entity",
                                    "One sale: the archive row and the full entity (GET Sale/342243)."))),
            Map.entry(
                    "so-connector inspect reps",
                    List.of(
                            new Example("so-connector inspect reps", "Every user, with id and e-mail address."),
                            new Example(
                                    "so-connector inspect reps --sandbox",
                                    "The reps of the built-in sandbox, to try send with."))),
            Map.entry(
                    "so-connector inspect persons",
                    List.of(
                            new Example(
                                    "so-connector inspect persons --company 12",
                                    "The persons of company (contact) 12, with id and e-mail address."),
                            new Example(
                                    "so-connector inspect persons --email einkauf@kunz-logistik.de",
                                    "Who has this address: the person id to pass to send --to."))),
            Map.entry(
                    "so-connector send",
                    List.of(
                            new Example(
                                    "so-connector send --rep 5 --to 380 --subject \"Ihr Angebot\" --body-file"
                                            + " angebot.txt --dry-run",
                                    "What would be sent to person 380 on behalf of user 5, and how; nothing is"
                                            + " sent."),
                            new Example(
                                    "so-connector send --batch recipients.csv --template template.txt --rep 5 --rate"
                                            + " 30/min",
                                    "One mail per row of the list, at most 30 a minute; a second run sends only what"
                                            + " the first did not."),
                            new Example(
                                    "so-connector send --resume",
                                    "Archives mails that were sent but not archived; sends nothing."))),
            Map.entry(
                    "so-connector probe",
                    List.of(
                            new Example("so-connector probe", "Which sending path works here, and why not."),
                            new Example("so-connector probe --format json > probe.json", "The same for a script."))),
            Map.entry(
                    "so-connector sandbox",
                    List.of(
                            new Example(
                                    "so-connector sandbox --port 8765 > sandbox.env",
                                    "Runs the sandbox until Ctrl+C and writes the settings that reach it."),
                            new Example(
                                    "so-connector sandbox --profile full --sales 100000",
                                    "A bigger tenant that grants the EMail and Quote agents."))),
            Map.entry(
                    "so-connector help",
                    List.of(new Example("so-connector help report", "The help of report, as report --help shows it."))),
            Map.entry(
                    "so-connector generate-completion",
                    List.of(new Example(
                            "so-connector generate-completion > ~/.so-connector-completion",
                            "The completion script; add 'source ~/.so-connector-completion' to ~/.bashrc (zsh:"
                                    + " after 'autoload -U +X bashcompinit && bashcompinit' in ~/.zshrc)."))));

    private HelpExamples() {}

    /** Adds the section, before the footer, to {@code root} and every command below it. */
    static void addTo(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        for (CommandLine command : all) {
            List<Example> examples = BY_COMMAND.get(command.getCommandSpec().qualifiedName());
            if (examples == null) {
                continue;
            }
            command.getHelpSectionMap()
                    .put(SECTION, help -> render(examples, help.commandSpec().usageMessage()));
            List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
            // picocli hands a command's keys down to every command below it, so the root's came down already.
            if (!keys.contains(SECTION)) {
                keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), SECTION);
                command.setHelpSectionKeys(keys);
            }
        }
    }

    /** {@code root} and every command below it, depth first. */
    static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    private static String render(List<Example> examples, UsageMessageSpec usage) {
        StringBuilder text = new StringBuilder(String.format("%nExamples:%n"));
        for (Example example : examples) {
            text.append("  ").append(example.commandLine()).append(System.lineSeparator());
            wrap(example.effect(), usage.width() - 6)
                    .forEach(line -> text.append("      ").append(line).append(System.lineSeparator()));
        }
        return text.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
