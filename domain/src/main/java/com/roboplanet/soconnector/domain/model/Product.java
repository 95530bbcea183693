package com.roboplanet.soconnector.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A catalogue entry. An alias ending in {@code *} may be followed by more letters (German compounds:
 * {@code Wartung*} matches {@code Wartungsvertrag}).
 */
public record Product(String code, String name, List<String> aliases) {
    public Product {
        code = Objects.requireNonNull(code, "code").strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("product code must not be empty");
        }
        name = Objects.requireNonNullElse(name, code).strip();
        aliases = aliases == null
                ? List.of()
                : aliases.stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .distinct()
                        .toList();
    }
}
