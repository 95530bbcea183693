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

        new CsvCatalogWriter().write(target, CATALOG, List.of(KETTY));

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

        new CsvCatalogWriter().write(target, CATALOG, List.of(KETTY));

        assertThat(new CsvCatalogReader().read(target).products()).isEqualTo(CATALOG.products());
    }

    @Test
    void write_whenProposalAccepted_readsItAsProduct() throws IOException {
        Path target = dir.resolve("products.csv");
        new CsvCatalogWriter().write(target, CATALOG, List.of(KETTY));

        Files.writeString(target, Files.readString(target).replace("# PROPOSED,", ""));

        assertThat(new CsvCatalogReader().read(target).byCode("KETTYBOT")).contains(KETTY.product());
    }

    @Test
    void write_newAliasesOfAProduct_sayTheyReplaceItsActiveLine() throws IOException {
        Path target = dir.resolve("products.csv");
        CatalogProposal omni = new CatalogProposal(
                new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01", "Omni")), 3, List.of("Omni 2x"));

        new CsvCatalogWriter().write(target, CATALOG, List.of(omni));

        assertThat(Files.readString(target))
                .endsWith("# proposed to replace the active line of OMNIE above: 3 unmatched headings, e.g."
                        + " \"Omni 2x\"\n# PROPOSED,OMNIE,Omnie,Omnie|CD-01|Omni\n");
    }

    @Test
    void write_whenDirectoryMissing_failsAndNamesTheTarget() {
        Path target = dir.resolve("missing/products.csv");

        assertThatThrownBy(() -> new CsvCatalogWriter().write(target, CATALOG, List.of()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write catalogue " + target + ": no such directory " + dir.resolve("missing"));
    }
}
