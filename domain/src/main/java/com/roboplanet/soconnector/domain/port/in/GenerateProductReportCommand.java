package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import java.util.Objects;

/**
 * One report run. Source and sink are part of the command because the command line picks them per
 * run (an export file or the CRM; a path and a format).
 *
 * @param includeUnmatched also write one row without product for every sale that matched nothing
 */
public record GenerateProductReportCommand(
        SaleSource source, SaleQuery query, ProductCatalog catalog, ReportSink sink, boolean includeUnmatched) {
    public GenerateProductReportCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(sink, "sink");
    }
}
