package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import java.nio.file.Path;
import java.util.List;

/** Catalogue files as CSV: read by {@link CsvCatalogReader}, written by {@link CsvCatalogWriter}. */
public final class CsvCatalogFiles implements CatalogFiles {
    private final CsvCatalogReader reader = new CsvCatalogReader();
    private final CsvCatalogWriter writer = new CsvCatalogWriter();

    @Override
    public ProductCatalog read(Path file) {
        return reader.read(file);
    }

    @Override
    public void write(Path file, Path keptFrom, ProductCatalog catalog, List<CatalogProposal> proposals) {
        writer.write(file, keptFrom, catalog, proposals);
    }
}
