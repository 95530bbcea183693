package com.roboplanet.soconnector.app.catalog;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.TextTable;
import com.roboplanet.soconnector.domain.port.in.CrmCatalogListing;
import com.roboplanet.soconnector.domain.port.in.ListCatalogCommand;
import com.roboplanet.soconnector.domain.port.in.ListCatalogUseCase;
import com.roboplanet.soconnector.domain.port.out.ScriptOutput;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code so-connector products}: the CRM's product families and products. */
@Command(
        name = "products",
        mixinStandardHelpOptions = true,
        description =
                "Lists the product families (List/ProductFamily) and products (the Product archive) of the tenant.")
public final class ProductsSubcommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("Kind", "Id", "Code", "Name", "Family", "ListPrice", "Note");

    enum Format {
        table,
        csv,
        json
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    Format format = Format.table;

    @Option(names = "--include-deleted", description = "Also list deleted product families.")
    boolean includeDeleted;

    private final ListCatalogUseCase listCatalog;
    private final ScriptOutput scriptOutput;
    private final Console console;

    @Inject
    ProductsSubcommand(ListCatalogUseCase listCatalog, ScriptOutput scriptOutput, Console console) {
        this.listCatalog = listCatalog;
        this.scriptOutput = scriptOutput;
        this.console = console;
    }

    @Override
    public Integer call() {
        CrmCatalogListing listing = listCatalog.list(new ListCatalogCommand(includeDeleted));
        PrintWriter out = console.out();
        switch (format) {
            case table -> TextTable.print(HEADER, rows(listing), out);
            case csv -> scriptOutput.csv(HEADER, rows(listing), out);
            case json -> scriptOutput.json(document(listing), out);
        }
        out.flush();
        console.err()
                .printf(
                        "%d product families, %d products.%n",
                        listing.families().size(), listing.products().size());
        return ExitCode.OK;
    }

    /** One row per family, then one per product, in {@link #HEADER}'s columns. */
    private static List<List<String>> rows(CrmCatalogListing listing) {
        List<List<String>> rows = new ArrayList<>();
        listing.families()
                .forEach(f -> rows.add(
                        List.of("family", String.valueOf(f.id()), "", f.name(), "", "", f.deleted() ? "deleted" : "")));
        listing.products()
                .forEach(p -> rows.add(List.of(
                        "product",
                        String.valueOf(p.id()),
                        p.code(),
                        p.name(),
                        p.family(),
                        p.listPrice() == null ? "" : p.listPrice().toPlainString(),
                        p.inAssortment() ? "" : "not in assortment")));
        return rows;
    }

    /** The CRM's records as they are, for scripts: {@code {"productFamilies": [...], "products": [...]}}. */
    private static Map<String, Object> document(CrmCatalogListing listing) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("productFamilies", listing.families());
        doc.put("products", listing.products());
        return doc;
    }
}
