package com.roboplanet.soconnector.app.sales;

import com.roboplanet.soconnector.adapters.csv.ColumnMapping;
import com.roboplanet.soconnector.adapters.csv.ExportFile;
import com.roboplanet.soconnector.adapters.csv.ExportSaleRecords;
import com.roboplanet.soconnector.adapters.csv.ExportSaleSource;
import com.roboplanet.soconnector.app.crm.SuperOfficeSession;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import jakarta.inject.Inject;

/** The one place that turns where the sales come from into the adapter that reads them. */
final class SaleSourceFactory implements SaleSources {
    private final SuperOfficeSession superOffice;

    @Inject
    SaleSourceFactory(SuperOfficeSession superOffice) {
        this.superOffice = superOffice;
    }

    @Override
    public SaleSource source(SaleOrigin origin) {
        return switch (origin.kind()) {
            case CRM ->
                origin.withQuoteLines()
                        ? superOffice.connection().saleSourceWithQuoteLines()
                        : superOffice.connection().saleSource();
            case EXPORT_FILE -> new ExportSaleSource(export(origin));
        };
    }

    /** The CRM's records come from the archive rows without quote lines, which a person can read side by side. */
    @Override
    public SaleRecords records(SaleOrigin origin) {
        return switch (origin.kind()) {
            case CRM -> superOffice.connection().saleRecords();
            case EXPORT_FILE -> new ExportSaleRecords(export(origin));
        };
    }

    private static ExportFile export(SaleOrigin origin) {
        return ExportFile.of(origin.file()).withColumns(ColumnMapping.of(origin.columns(), "--column"));
    }
}
