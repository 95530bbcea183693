package com.roboplanet.soconnector.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the contract comes from: the folder with SuperOffice's zips and the repository's list of accepted
 * differences. The folder is outside the repository on purpose (the zips are SuperOffice's, not ours), so a plain
 * clone may lack it: then the contract tests are skipped, except under CI, where a missing folder must fail the build.
 */
public record ContractSource(Path definitionsFolder, String folderOrigin, Path differencesFile, boolean ci) {
    /** System property naming the folder with the zips; surefire and failsafe set it from the parent pom. */
    public static final String FOLDER_PROPERTY = "superoffice.swagger.dir";
    /** Environment variable naming the folder, for runs outside Maven. */
    public static final String FOLDER_ENV = "SUPEROFFICE_SWAGGER_DIR";
    /** System property naming the repository root, where {@code docs/contract-differences.md} lives. */
    public static final String ROOT_PROPERTY = "so.repository.root";

    static final String REST_ZIP = "Swagger-v1-REST.zip";
    static final String AGENTS_ZIP = "Swagger-v1-Agents.zip";
    static final String DIFFERENCES = "docs/contract-differences.md";

    /** Resolves from this JVM's system properties and environment. */
    public static ContractSource fromEnvironment() {
        return resolve(System::getProperty, System::getenv, Path.of("").toAbsolutePath());
    }

    static ContractSource resolve(UnaryOperator<String> properties, UnaryOperator<String> env, Path workingDir) {
        Path root = repositoryRoot(properties.apply(ROOT_PROPERTY), workingDir);
        boolean ci = env.apply("CI") != null && !env.apply("CI").isBlank();
        String property = properties.apply(FOLDER_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new ContractSource(
                    Path.of(property), "system property " + FOLDER_PROPERTY, root.resolve(DIFFERENCES), ci);
        }
        String variable = env.apply(FOLDER_ENV);
        if (variable != null && !variable.isBlank()) {
            return new ContractSource(
                    Path.of(variable), "environment variable " + FOLDER_ENV, root.resolve(DIFFERENCES), ci);
        }
        return new ContractSource(
                besideOrAbove(root),
                "the default: shared/superoffice-swagger beside the repository, or above it or above the repository it was"
                        + " cloned from",
                root.resolve(DIFFERENCES),
                ci);
    }

    /**
     * The team's layout puts {@code shared/} beside the repository; a CI clone may sit deeper (a job folder inside the
     * workspace) or elsewhere entirely (a temporary folder), so the nearest {@code shared/superoffice-swagger} above
     * the root counts, and then the one above the local repository the clone was made from ({@code origin} in
     * {@code .git/config}). None found: the folder beside the repository, which the missing-folder message names.
     */
    private static Path besideOrAbove(Path root) {
        List<Path> starts = new ArrayList<>();
        starts.add(root.toAbsolutePath().normalize());
        localOrigin(root).ifPresent(starts::add);
        for (Path start : starts) {
            for (Path dir = start.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared/superoffice-swagger");
                if (Files.isRegularFile(candidate.resolve(REST_ZIP))) return candidate;
            }
        }
        return root.resolve("../shared/superoffice-swagger").normalize();
    }

    /** The {@code origin} URL of the clone at {@code root} when it is a folder on this machine. */
    static Optional<Path> localOrigin(Path root) {
        Path config = root.resolve(".git/config");
        if (!Files.isRegularFile(config)) return Optional.empty();
        try {
            boolean inOrigin = false;
            for (String line : Files.readAllLines(config)) {
                String text = line.strip();
                if (text.startsWith("[")) {
                    inOrigin = text.equals("[remote \"origin\"]");
                } else if (inOrigin && text.startsWith("url")) {
                    String url = text.substring(text.indexOf('=') + 1).strip();
                    if (url.startsWith("file://")) url = url.substring("file://".length());
                    Path path = Path.of(url);
                    return path.isAbsolute() && Files.isDirectory(path)
                            ? Optional.of(path.toAbsolutePath().normalize())
                            : Optional.empty();
                }
            }
        } catch (IOException | InvalidPathException e) {
            // An unreadable or unusual config only means this hint is not available.
        }
        return Optional.empty();
    }

    /** The root from the property, else the nearest parent of the working directory that holds the differences. */
    private static Path repositoryRoot(String property, Path workingDir) {
        if (property != null && !property.isBlank())
            return Path.of(property).toAbsolutePath().normalize();
        for (Path dir = workingDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DIFFERENCES))) return dir;
        }
        return workingDir.toAbsolutePath();
    }

    /**
     * What to do about the folder: {@code null} when both zips are there, else the reason they are not. The caller
     * skips with that reason, or fails with it under CI.
     */
    public String missingReason() {
        for (String zip : new String[] {REST_ZIP, AGENTS_ZIP}) {
            if (!Files.isRegularFile(definitionsFolder.resolve(zip))) {
                return "SuperOffice's Swagger definitions are not available: " + definitionsFolder.resolve(zip)
                        + " does not exist (folder from " + folderOrigin + "; set -D" + FOLDER_PROPERTY
                        + "=<folder> or "
                        + FOLDER_ENV + " to point at the folder with " + REST_ZIP + " and " + AGENTS_ZIP + ")";
            }
        }
        return null;
    }
}
