package com.roboplanet.soconnector.domain.port.out;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run keeps its journal, as the user chose it: the tenant's folder ({@code
 * ~/.so-connector/outbox/online-Cust12345/} by default, or {@code --journal DIR}), and the flat folder earlier versions
 * wrote to ({@code ~/.so-connector/outbox/}), whose entries have no tenant and are reported until a person assigns
 * them.
 *
 * @param legacyDirectory null when the user named the journal folder: then only that folder is read
 */
public record JournalLocation(Path directory, Path legacyDirectory) {
    public JournalLocation {
        Objects.requireNonNull(directory, "directory");
        if (directory.equals(legacyDirectory)) {
            throw new IllegalArgumentException(
                    "the journal and the earlier versions' folder must differ: " + directory);
        }
    }

    /** A folder the user named: no other folder is read. */
    public static JournalLocation of(Path directory) {
        return new JournalLocation(directory, null);
    }

    public Optional<Path> legacyDirectoryIfAny() {
        return Optional.ofNullable(legacyDirectory);
    }
}
