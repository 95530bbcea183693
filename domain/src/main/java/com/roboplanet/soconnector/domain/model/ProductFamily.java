package com.roboplanet.soconnector.domain.model;

import java.util.Objects;

/** An entry of the CRM's product family list, as the catalogue listing shows it. */
public record ProductFamily(long id, String name, String tooltip, boolean deleted) {
    public ProductFamily {
        if (id <= 0) {
            throw new IllegalArgumentException("product family id must be positive, was " + id);
        }
        name = Objects.requireNonNullElse(name, "").strip();
        tooltip = Objects.requireNonNullElse(tooltip, "").strip();
    }
}
