package com.roboplanet.soconnector.app.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.CrmSession;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code so-connector products}: the CRM's product families and products. */
@Command(
        name = "products",
        mixinStandardHelpOptions = true,
        description =
                "Lists the product families (List/ProductFamily) and products (the Product archive) of the tenant.")
public final class ProductsSubcommand implements Callable<Integer> {

    enum Format {
        table,
        csv,
        json
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    Format format = Format.table;

    @Option(names = "--include-deleted", description = "Also list deleted product families.")
    boolean includeDeleted;

    private final CrmSession crm;
    private final Console console;

    @Inject
    ProductsSubcommand(CrmSession crm, Console console) {
        this.crm = crm;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        CrmCatalogSource source = crm.catalogSource();
        List<ProductFamily> families = source.productFamilies(includeDeleted);
        List<CrmProduct> products = source.products();
        List<List<String>> rows = new ArrayList<>();
        families.forEach(f -> rows.add(
                List.of("family", String.valueOf(f.id()), "", f.name(), "", "", f.deleted() ? "deleted" : "")));
        products.forEach(p -> rows.add(List.of(
                "product",
                String.valueOf(p.id()),
                p.code(),
                p.name(),
                p.family(),
                p.listPrice() == null ? "" : p.listPrice().toPlainString(),
                p.inAssortment() ? "" : "not in assortment")));
        List<String> header = List.of("Kind", "Id", "Code", "Name", "Family", "ListPrice", "Note");
        PrintWriter out = console.out();
        switch (format) {
            case table -> printTable(out, header, rows);
            case csv -> printCsv(out, header, rows);
            case json -> printJson(out, families, products);
        }
        out.flush();
        console.err().printf("%d product families, %d products.%n", families.size(), products.size());
        return ExitCode.OK;
    }

    private static void printTable(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = header.stream().mapToInt(String::length).toArray();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(out, header, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
    }

    private static void printRow(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            line.append(String.format("%-" + widths[i] + "s", row.get(i)));
            if (i < row.size() - 1) {
                line.append("  ");
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private static void printCsv(PrintWriter out, List<String> header, List<List<String>> rows) {
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.Builder.create(CSVFormat.DEFAULT)
                        .setRecordSeparator("\n")
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printJson(PrintWriter out, List<ProductFamily> families, List<CrmProduct> products)
            throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("productFamilies", families);
        doc.put("products", products);
        out.println(
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    }
}
