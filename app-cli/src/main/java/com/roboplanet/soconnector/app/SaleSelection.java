package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.adapters.csv.ColumnMapping;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.TableReading;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that say which sales a command reads and against which catalogue: shared by {@code report}
 * and {@code suggest-keywords} as a picocli mixin, so both read sales the same way.
 */
public final class SaleSelection {

    @Option(
            names = {"--from", "--from-csv"},
            paramLabel = "FILE",
            description = "Read sales from this export instead of SuperOffice: CSV or text in any of Excel's dialects"
                    + " and encodings, or an .xlsx workbook, recognised by content (--from-csv is the older name).")
    public Path from;

    @Option(
            names = "--column",
            paramLabel = "KEY=HEADER",
            description = "With --from: read KEY (saleId, heading, customerId, customerName, saleDate, salesRep,"
                    + " amount, status) from the column HEADER; repeatable; wins over SO_CSV_COLUMNS for the same key.")
    public Map<String, String> columns = new LinkedHashMap<>();

    @Option(
            names = "--sheet",
            paramLabel = "NAME",
            description = "With --from: the workbook sheet to read (default: the first).")
    public String sheet;

    @Option(
            names = "--encoding",
            paramLabel = "NAME",
            description = "With --from: read a text file in this encoding (UTF-8, windows-1252, ISO-8859-15,"
                    + " UTF-16LE) instead of detecting it.")
    public String encoding;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "Product catalogue (code,name,aliases). Default: the built-in keywords.")
    public Path catalog;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description =
                    "Read at most the latest N sales. Default: 1000 from SuperOffice, every row of a --from file.")
    public Integer limit;

    @Option(names = "--all", description = "Read every sale (no limit).")
    public boolean all;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * @throws ParameterException (a usage error, exit code 2) for options that contradict each other, a value out of
     *     range, an unknown {@code --column} key (with the list of keys), or {@code --sheet} for a file that is no
     *     workbook
     * @param workingDirectory where a relative {@code --from} is
     */
    public void validate(Path workingDirectory) {
        if (all && limit != null) {
            throw new ParameterException(command.commandLine(), "--all and --limit contradict each other: give one");
        }
        if (limit != null && limit < 1) {
            throw new ParameterException(
                    command.commandLine(), "--limit must be positive (use --all for no limit), was " + limit);
        }
        if (from == null && (!columns.isEmpty() || sheet != null || encoding != null)) {
            throw new ParameterException(
                    command.commandLine(), "--column, --sheet and --encoding apply to an export read with --from FILE");
        }
        requireKnownEncoding(encoding, command.commandLine());
        try {
            ColumnMapping.of(columns, "--column");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
        if (sheet != null && !isWorkbook(workingDirectory.resolve(from))) {
            throw new ParameterException(
                    command.commandLine(),
                    "--sheet applies to a workbook (.xlsx); " + from
                            + " is a text file (CSV), which has no sheets: leave --sheet out");
        }
    }

    /**
     * Whether the file is a zip, as an .xlsx is, whatever its name; a file that cannot be read counts as one, so that
     * reading it says why.
     */
    private static boolean isWorkbook(Path file) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /**
     * @throws ParameterException (a usage error) naming the option and common choices for an encoding Java does not
     *     know
     */
    public static void requireKnownEncoding(String name, CommandLine commandLine) {
        boolean known;
        try {
            known = name == null || Charset.isSupported(name.strip());
        } catch (IllegalCharsetNameException e) {
            known = false;
        }
        if (!known) {
            throw new ParameterException(
                    commandLine,
                    "--encoding: unknown encoding '" + name + "' (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)");
        }
    }

    public boolean fromCrm() {
        return from == null;
    }

    /** 0 for all; the CRM's default keeps a first run short, a file the user chose is read whole. */
    public int effectiveLimit() {
        return all ? 0 : limit != null ? limit : fromCrm() ? SaleQuery.DEFAULT_LIMIT : 0;
    }

    /** @param withQuoteLines from SuperOffice: also read quote lines (ignored for an export file, which has none) */
    public SaleOrigin origin(boolean withQuoteLines, Path workingDirectory) {
        return fromCrm()
                ? SaleOrigin.crm(withQuoteLines)
                : SaleOrigin.exportFile(workingDirectory.resolve(from), columns, new TableReading(encoding, sheet));
    }

    /** @param withCrmProducts also the CRM's product families and products */
    public CatalogChoice catalog(Path workingDirectory, boolean withCrmProducts) {
        return new CatalogChoice(catalog == null ? null : workingDirectory.resolve(catalog), withCrmProducts);
    }
}
