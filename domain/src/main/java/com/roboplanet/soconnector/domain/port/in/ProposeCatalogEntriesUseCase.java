package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import java.util.List;

/**
 * Turns keyword proposals into catalogue entries a person accepts by uncommenting them, and writes the catalogue
 * with them ({@code suggest-keywords --write}).
 */
public interface ProposeCatalogEntriesUseCase {

    /**
     * @return the entries written, in file order
     * @throws java.io.UncheckedIOException naming the file when it cannot be written
     */
    List<CatalogProposal> propose(ProposeCatalogEntriesCommand command);
}
