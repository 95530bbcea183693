package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.adapters.csv.ColumnMapping;
import com.roboplanet.soconnector.adapters.csv.CsvCatalogReader;
import com.roboplanet.soconnector.adapters.csv.ExportFile;
import com.roboplanet.soconnector.adapters.csv.ExportSaleSource;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
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

    public SaleSource source(CrmSession crm, boolean withQuoteLines, Path workingDirectory) {
        return fromCrm() ? crm.saleSource(withQuoteLines) : csvSource(workingDirectory);
    }

    public ExportSaleSource csvSource(Path workingDirectory) {
        return new ExportSaleSource(
                ExportFile.of(workingDirectory.resolve(fromCsv)).withColumns(ColumnMapping.of(columns, "--column")));
    }

    public ProductCatalog catalog(Path workingDirectory) {
        return catalog == null
                ? ProductCatalog.builtIn()
                : new CsvCatalogReader().read(workingDirectory.resolve(catalog));
    }
}
