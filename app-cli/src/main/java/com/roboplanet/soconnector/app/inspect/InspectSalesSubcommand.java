package com.roboplanet.soconnector.app.inspect;

import com.roboplanet.soconnector.app.AppContext;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.InspectSalesCommand;
import com.roboplanet.soconnector.domain.port.in.InspectSalesUseCase;
import com.roboplanet.soconnector.domain.port.in.InspectedSale;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code so-connector inspect sales}: the first team's "manual inspection", as a command. */
@Command(
        name = "sales",
        mixinStandardHelpOptions = true,
        description = "Prints sales as the FindSale archive returned them (pretty JSON), each followed by the"
                + " customer, heading and products the connector reads from it.")
public final class InspectSalesSubcommand implements Callable<Integer> {

    @Option(names = "--limit", paramLabel = "N", description = "How many sales to show (default: ${DEFAULT-VALUE}).")
    int limit = 5;

    @Option(names = "--id", paramLabel = "SALE_ID", description = "Show this sale only.")
    Long id;

    @Option(names = "--without-customer", description = "Only sales without a customer (the ones the report skips).")
    boolean withoutCustomer;

    @Option(
            names = "--unmatched",
            description = "Only sales whose heading matches no product of the catalogue (--catalog, else the built-in"
                    + " keywords).")
    boolean unmatched;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "Match headings against this catalogue (code,name,aliases), as report --catalog does."
                    + " Default: the built-in keywords.")
    Path catalog;

    @Option(names = "--entity", description = "Also print the full entity, GET Sale/{id}.")
    boolean entity;

    @Spec
    CommandSpec spec;

    private final InspectSalesUseCase inspectSales;
    private final Console console;
    private final AppContext context;

    @Inject
    InspectSalesSubcommand(InspectSalesUseCase inspectSales, Console console, AppContext context) {
        this.inspectSales = inspectSales;
        this.console = console;
        this.context = context;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        List<InspectedSale> shown = inspectSales.inspect(new InspectSalesCommand(
                id,
                limit,
                withoutCustomer,
                unmatched,
                entity,
                new CatalogChoice(
                        catalog == null ? null : context.workingDirectory().resolve(catalog), false)));
        if (id != null && shown.isEmpty()) {
            throw new UserInputException("SuperOffice has no sale with id " + id);
        }
        PrintWriter out = console.out();
        for (InspectedSale inspected : shown) {
            print(inspected, out);
        }
        out.flush();
        console.err().println(shown.size() + (shown.size() == 1 ? " sale shown." : " sales shown."));
        return ExitCode.OK;
    }

    private void print(InspectedSale inspected, PrintWriter out) {
        Sale sale = inspected.record().sale();
        out.println("== sale " + sale.id() + ": archive row (GET v1/Sale)");
        out.println(inspected.record().asReturned());
        if (entity) {
            out.println("== sale " + sale.id() + ": entity (GET v1/Sale/" + sale.id() + ")");
            out.println(inspected.fullRecordIfFound().orElse("(not found)"));
        }
        out.println("== how the connector reads it");
        Customer customer = sale.customer();
        out.println("customer: "
                + (customer != null
                        ? customer.name() + " (contact " + customer.contactId() + ")"
                        : "none: the report skips this sale"));
        out.println("heading:  \"" + sale.heading() + "\"");
        out.println("products: "
                + (inspected.products().isEmpty()
                        ? "none (" + (catalog == null ? "built-in catalogue" : catalog) + "; see report --explain "
                                + sale.id() + ")"
                        : inspected.products().stream()
                                .map(p -> p.productCode() + " x " + p.quantity())
                                .collect(Collectors.joining(", "))));
        out.println();
    }
}
