package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.CatalogProposal;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCatalogWriterTest {
    private static final ProductCatalog CATALOG = ProductCatalog.of(List.of(
            new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01")),
            new Product("CC1", "Pudu CC1, Reinigungsroboter", List.of("CC1"))));
    private static final CatalogProposal KETTY = new CatalogProposal(
            new Product("KETTYBOT", "KettyBot", List.of("KettyBot", "Ketty Bot")),
            12,
            List.of("KettyBot inkl. Einweisung", "2x Ketty\nBot", "KettyBot Miete", "not shown"));

    @TempDir
    Path dir;

    @Test
    void write_always_writesEntriesThenCommentedProposals() throws IOException {
        Path target = dir.resolve("products.csv");

        new CsvCatalogWriter().write(target, null, CATALOG, List.of(KETTY));

        assertThat(Files.readString(target))
                .isEqualTo("code,name,aliases\n"
                        + "OMNIE,Omnie,Omnie|CD-01\n"
                        + "CC1,\"Pudu CC1, Reinigungsroboter\",CC1\n"
                        + "# proposed: 12 unmatched headings, e.g. \"KettyBot inkl. Einweisung\"; \"2x Ketty Bot\"; "
                        + "\"KettyBot Miete\"\n"
                        + "# PROPOSED,KETTYBOT,KettyBot,KettyBot|Ketty Bot\n");
    }

    @Test
    void write_thenRead_givesTheSameCatalogueWithoutProposals() {
        Path target = dir.resolve("products.csv");

        new CsvCatalogWriter().write(target, null, CATALOG, List.of(KETTY));

        assertThat(new CsvCatalogReader().read(target).products()).isEqualTo(CATALOG.products());
    }

    @Test
    void write_whenProposalAccepted_readsItAsProduct() throws IOException {
        Path target = dir.resolve("products.csv");
        new CsvCatalogWriter().write(target, null, CATALOG, List.of(KETTY));

        Files.writeString(target, Files.readString(target).replace("# PROPOSED,", ""));

        assertThat(new CsvCatalogReader().read(target).byCode("KETTYBOT")).contains(KETTY.product());
    }

    @Test
    void write_newAliasesOfAProduct_sayTheyReplaceItsActiveLine() throws IOException {
        Path target = dir.resolve("products.csv");
        CatalogProposal omni = new CatalogProposal(
                new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01", "Omni")), 3, List.of("Omni 2x"));

        new CsvCatalogWriter().write(target, null, CATALOG, List.of(omni));

        assertThat(Files.readString(target))
                .endsWith("# proposed to replace the active line of OMNIE above: 3 unmatched headings, e.g."
                        + " \"Omni 2x\"\n# PROPOSED,OMNIE,Omnie,Omnie|CD-01|Omni\n");
    }

    /**
     * The catalogue a person keeps, in the forms Excel and editors save it: comments before and after the header, blank
     * lines, a comment at the end without a line break, with and without a byte-order mark, LF and CRLF, comma and
     * semicolon.
     */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> keptCatalogues() {
        String lines = "# Our catalogue: code,name,aliases\n# aliases separated by |\n\ncode,name,aliases\n\n"
                + "# Cleaning robots\nOMNIE,Omnie,Omnie|CD-01\n  # indented note\nCC1,\"Pudu CC1, Reinigungsroboter\",CC1\n"
                + "\n# the end";
        return java.util.stream.Stream.of("", "\uFEFF")
                .flatMap(bom -> java.util.stream.Stream.of("\n", "\r\n")
                        .flatMap(end -> java.util.stream.Stream.of(',', ';')
                                .map(delimiter -> org.junit.jupiter.params.provider.Arguments.of(
                                        bom,
                                        end,
                                        delimiter,
                                        delimiter == ','
                                                ? lines
                                                : lines.replace(
                                                                ",\"Pudu CC1, Reinigungsroboter\",",
                                                                ";\"Pudu CC1, Reinigungsroboter\";")
                                                        .replace("OMNIE,Omnie,", "OMNIE;Omnie;")
                                                        .replace("code,name,aliases\n", "code;name;aliases\n")))));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "bom={0} end={1} delimiter={2}")
    @org.junit.jupiter.params.provider.MethodSource("keptCatalogues")
    void write_catalogueReadFromAFile_keepsEveryLineThenTheProposalsInItsDelimiter(
            String bom, String end, char delimiter, String lines) throws IOException {
        Path kept = Files.writeString(dir.resolve("ours.csv"), bom + lines.replace("\n", end));
        Path target = dir.resolve("proposals.csv");
        ProductCatalog catalog = new CsvCatalogReader().read(kept);

        new CsvCatalogWriter().write(target, kept, catalog, List.of(KETTY));

        String written = Files.readString(target);
        assertThat(written)
                .startsWith(lines + "\n# proposed: 12 unmatched headings")
                .endsWith("# PROPOSED" + delimiter + "KETTYBOT" + delimiter + "KettyBot" + delimiter
                        + "KettyBot|Ketty Bot\n");
        assertThat(new CsvCatalogReader().read(target).products()).isEqualTo(catalog.products());
        Files.writeString(target, written.replace("# PROPOSED" + delimiter, ""));
        assertThat(new CsvCatalogReader().read(target).byCode("KETTYBOT")).contains(KETTY.product());
    }

    @Test
    void write_theExampleCatalogue_keepsItsFormatExplanation() throws IOException {
        Path example = Path.of("..", "docs", "examples", "products.csv");
        Path target = dir.resolve("proposals.csv");

        new CsvCatalogWriter().write(target, example, new CsvCatalogReader().read(example), List.of(KETTY));

        assertThat(Files.readString(target)).startsWith(Files.readString(example));
    }

    @Test
    void write_whenDirectoryMissing_failsAndNamesTheTarget() {
        Path target = dir.resolve("missing/products.csv");

        assertThatThrownBy(() -> new CsvCatalogWriter().write(target, null, CATALOG, List.of()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write catalogue " + target + ": no such directory " + dir.resolve("missing"));
    }
}
