package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say which sales a command reads and against which catalogue: shared by {@code report}
 * and {@code suggest-keywords} as a picocli mixin, so both read sales the same way.
 */
public final class SaleSelection {

    @Option(
            names = "--from-csv",
            paramLabel = "FILE",
            description = "Read sales from this export instead of SuperOffice.")
    public Path fromCsv;

    @Option(
            names = "--column",
            paramLabel = "KEY=HEADER",
            description = "With --from-csv: read KEY (saleId, heading, customerId, customerName, saleDate, salesRep,"
                    + " amount, status) from the column HEADER; repeatable.")
    public Map<String, String> columns = new LinkedHashMap<>();

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "Product catalogue (code,name,aliases). Default: the built-in keywords.")
    public Path catalog;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description =
                    "Read at most the latest N sales. Default: 1000 from SuperOffice, every row of a --from-csv file.")
    public Integer limit;

    @Option(names = "--all", description = "Read every sale (no limit).")
    public boolean all;

    public void validate() {
        if (all && limit != null) {
            throw new UserInputException("--all and --limit contradict each other: give one");
        }
        if (limit != null && limit < 1) {
            throw new UserInputException("--limit must be positive (use --all for no limit), was " + limit);
        }
        if (!columns.isEmpty() && fromCsv == null) {
            throw new UserInputException("--column applies to --from-csv only");
        }
    }

    public boolean fromCrm() {
        return fromCsv == null;
    }

    /** 0 for all; the CRM's default keeps a first run short, a file the user chose is read whole. */
    public int effectiveLimit() {
        return all ? 0 : limit != null ? limit : fromCrm() ? SaleQuery.DEFAULT_LIMIT : 0;
    }

    /** @param withQuoteLines from SuperOffice: also read quote lines (ignored for an export file, which has none) */
    public SaleOrigin origin(boolean withQuoteLines, Path workingDirectory) {
        return fromCrm()
                ? SaleOrigin.crm(withQuoteLines)
                : SaleOrigin.exportFile(workingDirectory.resolve(fromCsv), columns);
    }

    /** @param withCrmProducts also the CRM's product families and products */
    public CatalogChoice catalog(Path workingDirectory, boolean withCrmProducts) {
        return new CatalogChoice(catalog == null ? null : workingDirectory.resolve(catalog), withCrmProducts);
    }
}
