package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.nio.file.Path;
import java.util.List;

/** Catalogue files a person keeps: read for a run, written with proposals for review. */
public interface CatalogFiles {

    /** @throws IllegalArgumentException naming the file and line when it cannot be read or is not a catalogue */
    ProductCatalog read(Path file);

    /**
     * Writes the catalogue's products active and the proposals commented out, so that nothing enters the catalogue
     * unreviewed. All or nothing: the file is replaced only when complete.
     *
     * @param keptFrom the file {@code catalog} was read from: its lines (comments, blank lines, order) are written as
     *     they are, before the proposals, so that nothing a person wrote into the catalogue is lost; null for a
     *     catalogue without a file (the built-in keywords), whose products are written one a line
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     */
    void write(Path file, Path keptFrom, ProductCatalog catalog, List<CatalogProposal> proposals);
}
