package com.roboplanet.soconnector.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractSourceTest {
    @TempDir
    Path dir;

    private ContractSource resolve(Map<String, String> properties, Map<String, String> env) {
        return ContractSource.resolve(properties::get, env::get, dir);
    }

    @Test
    void resolve_withoutSettings_usesTheSharedFolderBesideTheRepositoryRoot() {
        Path root = dir.resolve("repo");

        ContractSource source = resolve(Map.of(ContractSource.ROOT_PROPERTY, root.toString()), Map.of());

        assertThat(source.definitionsFolder()).isEqualTo(dir.resolve("shared/superoffice-swagger"));
        assertThat(source.differencesFile()).isEqualTo(root.resolve("docs/contract-differences.md"));
        assertThat(source.ci()).isFalse();
    }

    @Test
    void resolve_propertyAndVariable_propertyWins() {
        ContractSource source = resolve(
                Map.of(ContractSource.FOLDER_PROPERTY, "/from/property"),
                Map.of(ContractSource.FOLDER_ENV, "/from/env", "CI", "true"));

        assertThat(source.definitionsFolder()).isEqualTo(Path.of("/from/property"));
        assertThat(source.folderOrigin()).contains(ContractSource.FOLDER_PROPERTY);
        assertThat(source.ci()).isTrue();
    }

    @Test
    void resolve_noRootProperty_findsTheRootAboveTheWorkingDirectory() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve(ContractSource.DIFFERENCES), "");
        Path module = Files.createDirectories(dir.resolve("adapters-superoffice"));

        ContractSource source = ContractSource.resolve(name -> null, name -> null, module);

        assertThat(source.differencesFile()).isEqualTo(dir.resolve(ContractSource.DIFFERENCES));
    }

    @Test
    void missingReason_absentZip_namesTheFileAndHowToPointElsewhere() {
        ContractSource source = resolve(Map.of(ContractSource.FOLDER_PROPERTY, dir.toString()), Map.of());

        assertThat(source.missingReason())
                .contains(dir.resolve(ContractSource.REST_ZIP).toString())
                .contains(ContractSource.FOLDER_PROPERTY)
                .contains(ContractSource.FOLDER_ENV);
    }

    @Test
    void missingReason_bothZipsPresent_isNull() throws IOException {
        Files.createFile(dir.resolve(ContractSource.REST_ZIP));
        Files.createFile(dir.resolve(ContractSource.AGENTS_ZIP));

        assertThat(resolve(Map.of(ContractSource.FOLDER_PROPERTY, dir.toString()), Map.of())
                        .missingReason())
                .isNull();
    }

    @Test
    void loadIfAvailable_folderAbsentOutsideCi_reportsWhyAndGivesNothing() {
        ContractSource source = resolve(Map.of(ContractSource.FOLDER_PROPERTY, dir.toString()), Map.of());
        List<String> reasons = new ArrayList<>();

        assertThat(SuperOfficeContract.loadIfAvailable(source, reasons::add)).isEmpty();
        assertThat(reasons).singleElement().asString().contains(ContractSource.REST_ZIP);
    }

    @Test
    void loadIfAvailable_folderAbsentUnderCi_fails() {
        ContractSource source = resolve(Map.of(ContractSource.FOLDER_PROPERTY, dir.toString()), Map.of("CI", "1"));

        assertThatThrownBy(() -> SuperOfficeContract.loadIfAvailable(source, reason -> {}))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ContractSource.REST_ZIP)
                .hasMessageContaining("CI is set");
    }

    @Test
    void resolve_cloneDeeperThanTheSharedFolder_findsItAbove() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared/superoffice-swagger"));
        Files.createFile(shared.resolve(ContractSource.REST_ZIP));
        Path root = Files.createDirectories(dir.resolve("ci/job-17/repo"));
        ContractSource source = resolve(Map.of(ContractSource.ROOT_PROPERTY, root.toString()), Map.of());
        assertThat(source.definitionsFolder()).isEqualTo(shared);
    }

    @Test
    void resolve_cloneOfALocalRepository_findsTheFolderAboveTheOrigin() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("work/shared/superoffice-swagger"));
        Files.createFile(shared.resolve(ContractSource.REST_ZIP));
        Path origin = Files.createDirectories(dir.resolve("work/main"));
        Path clone = Files.createDirectories(dir.resolve("tmp/clone"));
        Files.createDirectories(clone.resolve(".git"));
        Files.writeString(
                clone.resolve(".git/config"),
                "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = " + origin + "/.\n\tfetch = x\n");
        ContractSource source = resolve(Map.of(ContractSource.ROOT_PROPERTY, clone.toString()), Map.of());
        assertThat(source.definitionsFolder()).isEqualTo(shared);
    }

    @Test
    void resolve_remoteOrigin_isNoHint() throws Exception {
        Path clone = Files.createDirectories(dir.resolve("clone"));
        Files.createDirectories(clone.resolve(".git"));
        Files.writeString(clone.resolve(".git/config"), "[remote \"origin\"]\n\turl = https://example.invalid/r.git\n");
        assertThat(ContractSource.localOrigin(clone)).isEmpty();
    }
}
