package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One report run. Source and sink are part of the command because the command line picks them per
 * run (an export file or the CRM; a path and a format).
 *
 * @param includeUnmatched also write one row without product for every sale that matched nothing
 * @param udfProductPatterns patterns of product codes to look for in user-defined fields (may be empty)
 * @param thinShare below this share of matched sales (of those considered) the run explains itself
 */
public record GenerateProductReportCommand(
        SaleSource source,
        SaleQuery query,
        ProductCatalog catalog,
        ReportSink sink,
        boolean includeUnmatched,
        List<Pattern> udfProductPatterns,
        double thinShare) {

    public static final double DEFAULT_THIN_SHARE = 0.2;

    public GenerateProductReportCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(sink, "sink");
        udfProductPatterns = List.copyOf(Objects.requireNonNullElse(udfProductPatterns, List.of()));
        if (thinShare < 0 || thinShare > 1) {
            throw new IllegalArgumentException("thin share must be between 0 and 1, was " + thinShare);
        }
    }

    public GenerateProductReportCommand(
            SaleSource source, SaleQuery query, ProductCatalog catalog, ReportSink sink, boolean includeUnmatched) {
        this(source, query, catalog, sink, includeUnmatched, List.of(), DEFAULT_THIN_SHARE);
    }
}
