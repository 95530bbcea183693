package com.roboplanet.soconnector.app.inspect;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.CrmSession;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.domain.matching.HeadingMatch;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.RawSaleInspector;
import com.roboplanet.soconnector.domain.port.out.RawSaleInspector.RawSale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code so-connector inspect sales}: the first team's "manual inspection", as a command. */
@Command(
        name = "sales",
        mixinStandardHelpOptions = true,
        description = "Prints sales as the FindSale archive returned them (pretty JSON), each followed by the"
                + " customer, heading and products the connector reads from it.")
public final class InspectSalesSubcommand implements Callable<Integer> {
    /** How many of the latest sales are searched for --without-customer and --unmatched. */
    private static final int SEARCH_WINDOW = 1000;

    @Option(names = "--limit", paramLabel = "N", description = "How many sales to show (default: ${DEFAULT-VALUE}).")
    int limit = 5;

    @Option(names = "--id", paramLabel = "SALE_ID", description = "Show this sale only.")
    Long id;

    @Option(names = "--without-customer", description = "Only sales without a customer (the ones the report skips).")
    boolean withoutCustomer;

    @Option(
            names = "--unmatched",
            description = "Only sales whose heading matches no product of the built-in catalogue.")
    boolean unmatched;

    @Option(names = "--entity", description = "Also print the full entity, GET Sale/{id}.")
    boolean entity;

    private final CrmSession crm;
    private final Console console;

    @Inject
    InspectSalesSubcommand(CrmSession crm, Console console) {
        this.crm = crm;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserInputException("--limit must be at least 1, was " + limit);
        }
        RawSaleInspector inspector = crm.rawSaleInspector();
        ProductMatcher matcher = ProductMatcher.of(ProductCatalog.builtIn());
        List<RawSale> rows = id != null
                ? inspector
                        .listRow(id)
                        .map(List::of)
                        .orElseThrow(() -> new UserInputException("SuperOffice has no sale with id " + id))
                : inspector.listRows(new SaleQuery(SEARCH_WINDOW, null, null, false)).stream()
                        .filter(r ->
                                !withoutCustomer || RawRow.parse(r.listRow()).contactId() <= 0)
                        .filter(r -> !unmatched
                                || matcher.match(RawRow.parse(r.listRow()).heading())
                                        .isEmpty())
                        .limit(limit)
                        .toList();
        PrintWriter out = console.out();
        for (RawSale row : rows) {
            out.println("== sale " + row.saleId() + ": archive row (GET v1/Sale)");
            out.println(row.listRow());
            if (entity) {
                out.println("== sale " + row.saleId() + ": entity (GET v1/Sale/" + row.saleId() + ")");
                out.println(inspector.fullRecord(row.saleId()).orElse("(not found)"));
            }
            out.println("== how the connector reads it");
            RawRow read = RawRow.parse(row.listRow());
            out.println("customer: "
                    + (read.contactId() > 0
                            ? read.contactName() + " (contact " + read.contactId() + ")"
                            : "none: the report skips this sale"));
            out.println("heading:  \"" + read.heading() + "\"");
            HeadingMatch match = matcher.match(read.heading());
            out.println("products: "
                    + (match.isEmpty()
                            ? "none (built-in catalogue; see report --explain " + row.saleId() + ")"
                            : match.mentions().stream()
                                    .map(m -> m.product().code() + " x " + m.quantity())
                                    .collect(Collectors.joining(", "))));
            out.println();
        }
        out.flush();
        console.err().println(rows.size() + (rows.size() == 1 ? " sale shown." : " sales shown."));
        return ExitCode.OK;
    }
}
