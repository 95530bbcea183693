package com.roboplanet.soconnector.app.sales;

import com.roboplanet.soconnector.adapters.csv.ColumnMapping;
import com.roboplanet.soconnector.adapters.csv.ExportFile;
import com.roboplanet.soconnector.adapters.csv.ExportSaleRecords;
import com.roboplanet.soconnector.adapters.csv.ExportSaleSource;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.FilesConfig;
import com.roboplanet.soconnector.app.crm.SuperOfficeSession;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import com.roboplanet.soconnector.domain.port.out.TableReading;
import jakarta.inject.Inject;

/** The one place that turns where the sales come from into the adapter that reads them. */
final class SaleSourceFactory implements SaleSources {
    private final SuperOfficeSession superOffice;
    private final Configuration configuration;

    @Inject
    SaleSourceFactory(SuperOfficeSession superOffice, Configuration configuration) {
        this.superOffice = superOffice;
        this.configuration = configuration;
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

    /**
     * The CRM's records come from the archive rows, which a person can read side by side; with quote lines, the one
     * sale looked up has its quote lines read too ({@code report --explain}).
     */
    @Override
    public SaleRecords records(SaleOrigin origin) {
        return switch (origin.kind()) {
            case CRM ->
                origin.withQuoteLines()
                        ? superOffice.connection().saleRecordsWithQuoteLines()
                        : superOffice.connection().saleRecords();
            case EXPORT_FILE -> new ExportSaleRecords(export(origin));
        };
    }

    /**
     * The file with the user's encoding and sheet, and the saved mapping ({@code SO_CSV_COLUMNS}) overridden key by
     * key by the {@code --column} flags.
     *
     * @throws IllegalArgumentException naming SO_CSV_COLUMNS or --column for a mapping that cannot be read
     */
    private ExportFile export(SaleOrigin origin) {
        TableReading reading = origin.reading();
        ExportFile export = ExportFile.of(origin.file()).withSheet(reading.sheet());
        if (reading.encoding() != null) {
            export = export.withEncoding(ExportFile.encodingNamed(reading.encoding()));
        }
        ColumnMapping saved = FilesConfig.csvColumns(configuration)
                .map(text -> ColumnMapping.parse(text, FilesConfig.CSV_COLUMNS))
                .orElse(ColumnMapping.none());
        return export.withColumns(saved.overriddenBy(ColumnMapping.of(origin.columns(), "--column")));
    }
}
