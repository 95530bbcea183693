package com.roboplanet.soconnector.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file a command writes must not be a file it reads: {@code report --from sales.csv --out sales.csv} would replace
 * the export with the report, {@code suggest-keywords --catalog c.csv --write c.csv} the catalogue with a copy. Paths are
 * compared as the file system sees them ({@link Files#isSameFile}: through symbolic links and hard links, and in the
 * file system's own case rules, so {@code Sales.csv} is {@code sales.csv} on Windows and macOS), not as written. Only an
 * output that is a regular file can be overwritten; a device or pipe (standard output, {@code /dev/null}) is written
 * into and is never the same as an input here.
 */
public final class InputsAndOutputs {
    private final Map<String, Path> inputs = new LinkedHashMap<>();
    private final Map<String, Path> outputs = new LinkedHashMap<>();

    /** @param option how the user named the file ({@code --from}); a null path is left out */
    public InputsAndOutputs input(String option, Path path) {
        if (path != null) {
            inputs.put(option, path);
        }
        return this;
    }

    /** @param option how the user named the file ({@code --out}); a null path is left out */
    public InputsAndOutputs output(String option, Path path) {
        if (path != null) {
            outputs.put(option, path);
        }
        return this;
    }

    /**
     * @throws UserInputException (exit code 3) naming both options and the file, when an output is an input or another
     *     output
     */
    public void requireDistinct() {
        Map<String, Path> seen = new LinkedHashMap<>(inputs);
        outputs.forEach((option, output) -> {
            seen.forEach((other, path) -> {
                if (same(output, path)) {
                    boolean input = inputs.containsKey(other);
                    throw new UserInputException(option + " " + output + " is the file of " + other
                            + (output.normalize().equals(path.normalize()) ? "" : " (" + path + ")") + ": "
                            + (input
                                    ? "writing it would overwrite what the command reads"
                                    : "both would go to one file")
                            + "; name another file");
                }
            });
            seen.put(option, output);
        });
    }

    private static boolean same(Path output, Path other) {
        if (output.normalize().equals(other.normalize())) {
            return !Files.exists(output) || Files.isRegularFile(output);
        }
        try {
            return Files.isRegularFile(output) && Files.exists(other) && Files.isSameFile(output, other);
        } catch (IOException e) {
            return false; // cannot be compared (no permission): the write itself then says what is wrong
        }
    }
}
