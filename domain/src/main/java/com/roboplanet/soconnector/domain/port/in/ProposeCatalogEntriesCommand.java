package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * @param catalog the catalogue the proposals were made against; written active
 * @param proposals as {@link SuggestKeywordsUseCase} made them
 * @param file the catalogue file to write, resolved against the working directory
 * @param catalogFile the file {@code catalog} was read from, whose lines (comments included) the written file keeps as
 *     they are; null for the built-in keywords
 */
public record ProposeCatalogEntriesCommand(
        ProductCatalog catalog, List<KeywordProposal> proposals, Path file, Path catalogFile) {
    public ProposeCatalogEntriesCommand {
        Objects.requireNonNull(catalog, "catalog");
        proposals = List.copyOf(proposals);
        Objects.requireNonNull(file, "file");
    }

    /** Proposals against the built-in keywords, which have no file. */
    public ProposeCatalogEntriesCommand(ProductCatalog catalog, List<KeywordProposal> proposals, Path file) {
        this(catalog, proposals, file, null);
    }
}
