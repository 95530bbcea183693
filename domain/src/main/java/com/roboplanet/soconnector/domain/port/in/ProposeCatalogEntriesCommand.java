package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * @param catalog the catalogue the proposals were made against; written active
 * @param proposals as {@link SuggestKeywordsUseCase} made them
 * @param file the catalogue file to write, resolved against the working directory
 */
public record ProposeCatalogEntriesCommand(ProductCatalog catalog, List<KeywordProposal> proposals, Path file) {
    public ProposeCatalogEntriesCommand {
        Objects.requireNonNull(catalog, "catalog");
        proposals = List.copyOf(proposals);
        Objects.requireNonNull(file, "file");
    }
}
