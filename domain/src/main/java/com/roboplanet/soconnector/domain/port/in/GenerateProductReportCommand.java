package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One report run. Where the sales come from, the catalogue and where the report goes are values the command line
 * picks per run; the use case turns them into a source, a catalogue and a sink.
 *
 * @param includeUnmatched also write one row without product for every sale that matched nothing
 * @param udfProductPatterns patterns of product codes to look for in user-defined fields (may be empty)
 * @param thinShare below this share of matched sales (of those considered) the run explains itself
 */
public record GenerateProductReportCommand(
        SaleOrigin origin,
        SaleQuery query,
        CatalogChoice catalog,
        ReportDestination destination,
        boolean includeUnmatched,
        List<Pattern> udfProductPatterns,
        double thinShare) {

    public static final double DEFAULT_THIN_SHARE = 0.2;

    public GenerateProductReportCommand {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(destination, "destination");
        udfProductPatterns = List.copyOf(Objects.requireNonNullElse(udfProductPatterns, List.of()));
        if (thinShare < 0 || thinShare > 1) {
            throw new IllegalArgumentException("thin share must be between 0 and 1, was " + thinShare);
        }
    }

    public GenerateProductReportCommand(
            SaleOrigin origin,
            SaleQuery query,
            CatalogChoice catalog,
            ReportDestination destination,
            boolean includeUnmatched) {
        this(origin, query, catalog, destination, includeUnmatched, List.of(), DEFAULT_THIN_SHARE);
    }
}
