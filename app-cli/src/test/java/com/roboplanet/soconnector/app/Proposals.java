package com.roboplanet.soconnector.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a person does with {@code suggest-keywords --write}'s file, as the README says. */
final class Proposals {
    static final String PROPOSED = "# PROPOSED,";

    private Proposals() {}

    /**
     * Accepts every proposal: deletes {@code # PROPOSED,} from each proposed line, and for a proposal of new aliases
     * of a product the catalogue has, deletes that product's active line, which the proposal replaces.
     *
     * @return how many proposals were accepted
     */
    static int acceptAll(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> proposedCodes = new HashSet<>();
        for (String line : lines) {
            if (line.startsWith(PROPOSED)) {
                proposedCodes.add(code(line.substring(PROPOSED.length())));
            }
        }
        List<String> accepted = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(PROPOSED)) {
                accepted.add(line.substring(PROPOSED.length()));
            } else if (line.startsWith("#") || line.isBlank() || !proposedCodes.contains(code(line))) {
                accepted.add(line);
            }
        }
        Files.write(file, accepted, StandardCharsets.UTF_8);
        return (int) lines.stream().filter(line -> line.startsWith(PROPOSED)).count();
    }

    private static String code(String catalogueLine) throws IOException {
        return Csv.cells(catalogueLine).get(0).strip().toUpperCase(Locale.ROOT);
    }
}
