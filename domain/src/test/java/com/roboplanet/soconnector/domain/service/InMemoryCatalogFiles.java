package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Catalogue "files" in a map; written ones are kept with their proposals. */
final class InMemoryCatalogFiles implements CatalogFiles {
    private final Map<Path, ProductCatalog> files = new HashMap<>();
    final Map<Path, List<CatalogProposal>> written = new LinkedHashMap<>();

    InMemoryCatalogFiles with(Path file, ProductCatalog catalog) {
        files.put(file, catalog);
        return this;
    }

    @Override
    public ProductCatalog read(Path file) {
        ProductCatalog catalog = files.get(file);
        if (catalog == null) {
            throw new IllegalArgumentException(file + ": file not found");
        }
        return catalog;
    }

    @Override
    public void write(Path file, Path keptFrom, ProductCatalog catalog, List<CatalogProposal> proposals) {
        files.put(file, catalog);
        written.put(file, List.copyOf(proposals));
    }
}
