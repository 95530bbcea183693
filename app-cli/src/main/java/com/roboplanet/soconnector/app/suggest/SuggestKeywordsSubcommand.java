package com.roboplanet.soconnector.app.suggest;

import com.roboplanet.soconnector.adapters.csv.CsvCatalogWriter;
import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.CrmSession;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.SaleSelection;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.KeywordSuggestions;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsCommand;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code so-connector suggest-keywords}: catalogue proposals from the headings the catalogue misses. */
@Command(
        name = "suggest-keywords",
        mixinStandardHelpOptions = true,
        description = {
            "Reads sales (from SuperOffice, or an export with --from-csv), keeps the headings of customer sales"
                    + " the catalogue matches nothing in, and proposes keywords: near misses of existing aliases"
                    + " (as new aliases of that product), CRM product and family names no alias covers (SuperOffice"
                    + " only), tokens shaped like product codes, frequent two-word phrases and words.",
            "Each proposal shows how many unmatched headings contain it and two of them."
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

    private final SuggestKeywordsUseCase useCase;
    private final CrmSession crm;
    private final Console console;
    private final AppContext context;

    @Inject
    SuggestKeywordsSubcommand(SuggestKeywordsUseCase useCase, CrmSession crm, Console console, AppContext context) {
        this.useCase = useCase;
        this.crm = crm;
        this.console = console;
        this.context = context;
    }

    @Override
    public Integer call() {
        if (top <= 0) {
            throw new UserInputException("--top must be positive, was " + top);
        }
        sales.validate();
        ProductCatalog current = catalog();
        CrmCatalogSource crmCatalog = crmCatalog();
        KeywordSuggestions suggestions = useCase.suggest(new SuggestKeywordsCommand(
                source(),
                query(),
                current,
                crmCatalog == null ? List.of() : crmCatalog.products(),
                crmCatalog == null ? List.of() : crmCatalog.productFamilies(false),
                top));
        PrintWriter out = console.out();
        ProposalTable.print(suggestions.proposals(), out);
        out.flush();
        if (write != null) {
            Path target = resolve(write);
            new CsvCatalogWriter().write(target, current, CatalogProposals.of(current, suggestions.proposals()));
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
        suggestions.source().notes().forEach(note -> err.println("Note: " + note));
    }

    private SaleSource source() {
        return sales.source(crm, false, context.workingDirectory());
    }

    /** Only with SuperOffice as the source: an export run should not need the CRM at all. */
    private CrmCatalogSource crmCatalog() {
        return sales.fromCrm() ? crm.catalogSource() : null;
    }

    private SaleQuery query() {
        return SaleQuery.latest(sales.effectiveLimit());
    }

    private ProductCatalog catalog() {
        return sales.catalog(context.workingDirectory());
    }

    private Path resolve(Path path) {
        return context.workingDirectory().resolve(path);
    }
}
