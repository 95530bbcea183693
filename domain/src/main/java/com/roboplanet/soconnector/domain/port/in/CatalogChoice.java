package com.roboplanet.soconnector.domain.port.in;

import java.nio.file.Path;

/**
 * Which catalogue a run matches against, as the user chose it.
 *
 * @param file a catalogue file, resolved against the working directory; null for the built-in keywords
 * @param withCrmProducts also the CRM's product families and products (see {@link MergeCrmCatalogUseCase})
 */
public record CatalogChoice(Path file, boolean withCrmProducts) {

    public static CatalogChoice builtIn() {
        return new CatalogChoice(null, false);
    }
}
