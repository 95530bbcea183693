package com.roboplanet.soconnector.app.suggest;

import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.InputsAndOutputs;
import com.roboplanet.soconnector.app.SaleSelection;
import com.roboplanet.soconnector.app.SourceNotes;
import com.roboplanet.soconnector.domain.port.in.KeywordSuggestions;
import com.roboplanet.soconnector.domain.port.in.ProposeCatalogEntriesCommand;
import com.roboplanet.soconnector.domain.port.in.ProposeCatalogEntriesUseCase;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsCommand;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsUseCase;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code so-connector suggest-keywords}: catalogue proposals from the headings the catalogue misses. */
@Command(
        name = "suggest-keywords",
        mixinStandardHelpOptions = true,
        description = {
            "Reads sales (from SuperOffice, or an export with --from), keeps the headings of customer sales"
                    + " the catalogue matches nothing in, and proposes keywords: near misses of existing aliases"
                    + " (as new aliases of that product), CRM product and family names no alias covers (SuperOffice"
                    + " only), tokens shaped like product codes, frequent two-word phrases and words.",
            "Each proposal shows how many unmatched headings contain it and two of them. A CRM product name is"
                    + " proposed under the CRM's own product code. Keywords an existing alias already covers are"
                    + " listed apart, with that alias, and never proposed."
        })
public final class SuggestKeywordsSubcommand implements Callable<Integer> {

    @Option(names = "--top", paramLabel = "N", description = "Show at most N proposals (default: 30).")
    int top = SuggestKeywordsCommand.DEFAULT_TOP;

    @Option(
            names = "--write",
            paramLabel = "FILE",
            description = "Also write a catalogue file: the current entries active, the proposals commented out for"
                    + " review.")
    Path write;

    @Mixin
    SaleSelection sales = new SaleSelection();

    @Spec
    CommandSpec spec;

    private final SuggestKeywordsUseCase suggestKeywords;
    private final ProposeCatalogEntriesUseCase proposeEntries;
    private final Console console;
    private final AppContext context;

    @Inject
    SuggestKeywordsSubcommand(
            SuggestKeywordsUseCase suggestKeywords,
            ProposeCatalogEntriesUseCase proposeEntries,
            Console console,
            AppContext context) {
        this.suggestKeywords = suggestKeywords;
        this.proposeEntries = proposeEntries;
        this.console = console;
        this.context = context;
    }

    @Override
    public Integer call() {
        if (top <= 0) {
            throw new ParameterException(spec.commandLine(), "--top must be positive, was " + top);
        }
        sales.validate(context.workingDirectory());
        Path target = write == null ? null : context.workingDirectory().resolve(write);
        new InputsAndOutputs()
                .input(
                        "--from",
                        sales.from == null ? null : context.workingDirectory().resolve(sales.from))
                .input(
                        "--catalog",
                        sales.catalog == null
                                ? null
                                : context.workingDirectory().resolve(sales.catalog))
                .output("--write", target)
                .requireDistinct();
        KeywordSuggestions suggestions = suggestKeywords.suggest(new SuggestKeywordsCommand(
                sales.origin(false, context.workingDirectory()),
                SaleQuery.latest(sales.effectiveLimit()),
                sales.catalog(context.workingDirectory(), false),
                top));
        PrintWriter out = console.out();
        ProposalTable.print(suggestions.proposals(), out);
        if (!suggestions.covered().isEmpty()) {
            out.println();
            out.println("Not proposed: an existing alias covers these keywords once case, separators and invisible"
                    + " characters are ignored (report --explain on an example shows why its heading misses it):");
            ProposalTable.printCovered(suggestions.covered(), out);
        }
        out.flush();
        if (target != null) {
            proposeEntries.propose(new ProposeCatalogEntriesCommand(
                    suggestions.catalog(),
                    suggestions.proposals(),
                    target,
                    sales.catalog == null ? null : context.workingDirectory().resolve(sales.catalog)));
            console.err().println("Catalogue with proposals commented out written to " + target + ".");
        }
        printSummary(suggestions);
        return ExitCode.OK;
    }

    private void printSummary(KeywordSuggestions suggestions) {
        PrintWriter err = console.err();
        err.printf(
                "%d sales read, %d unmatched headings of customer sales, %d proposals.%n",
                suggestions.salesRead(),
                suggestions.unmatchedHeadings(),
                suggestions.proposals().size());
        if (suggestions.countsAreLowerBounds()) {
            err.println("Too many distinct candidates to count them all: counts are lower bounds.");
        }
        err.println("Source: " + suggestions.source().query());
        SourceNotes.print(suggestions.source(), err);
    }
}
