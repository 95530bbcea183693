package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.adapters.csv.CsvCatalogReader;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestKeywordsFromCsvTest {
    @TempDir
    Path dir;

    @Test
    void suggestKeywords_fromCsv_printsAlignedTableOfProposals() throws IOException {
        writeSales();

        CliRun run = CliRun.in(dir, "suggest-keywords", "--from-csv", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out.lines().findFirst().orElseThrow())
                .matches("KIND\\s+PROPOSAL\\s+FOR PRODUCT\\s+COUNT\\s+EXAMPLES");
        assertThat(run.out)
                .containsPattern("near-miss\\s+Omni\\s+OMNIE\\s+2\\s+Omni Reinigungsroboter \\| 2x Omni mit Einweisung")
                .containsPattern("product-code\\s+PD-KB-01\\s+1\\s+PD-KB-01 KettyBot")
                .containsPattern("word\\s+einweisung\\s+1")
                // a second new product in "PD-KB-01 KettyBot" would count that one KettyBot twice
                .doesNotContainPattern("word\\s+kettybot");
        assertThat(run.err).contains("4 sales read, 3 unmatched headings of customer sales");
    }

    @Test
    void suggestKeywords_write_writesCatalogueTheReaderReadsWithProposalsCommentedOut() throws IOException {
        writeSales();

        CliRun run = CliRun.in(dir, "suggest-keywords", "--from-csv", "sales.csv", "--write", "proposals.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        String written = Files.readString(dir.resolve("proposals.csv"));
        assertThat(written)
                .contains("# PROPOSED,OMNIE,Omnie,Omnie|CD-01|RR-02-017-OMNIE|Omni\n")
                .contains("# PROPOSED,PD-KB-01,PD-KB-01,PD-KB-01\n");
        ProductCatalog readBack = new CsvCatalogReader().read(dir.resolve("proposals.csv"));
        assertThat(readBack.products()).isEqualTo(ProductCatalog.builtIn().products());
    }

    @Test
    void suggestKeywords_keywordAnAliasCovers_isListedWithTheAliasInsteadOfProposed() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), """
                SaleId,CustomerId,Heading
                1,17,Servicevertrag2025 Hotel
                2,18,Servicevertrag2025
                """);

        CliRun run = CliRun.in(dir, "suggest-keywords", "--from", "sales.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .doesNotContainPattern("(?m)^word\\s+servicevertrag2025")
                .contains("Not proposed: an existing alias covers these keywords")
                .containsPattern("(?m)^KEYWORD\\s+COVERED BY ALIAS\\s+OF PRODUCT\\s+COUNT\\s+EXAMPLES$")
                .containsPattern("(?m)^servicevertrag2025\\s+Service\\*\\s+SERVICE\\s+2\\s+Servicevertrag2025 Hotel");
    }

    @Test
    void suggestKeywords_writeWithTheExampleCatalogue_keepsItsCommentsAndLines() throws IOException {
        writeSales();
        String ours = Files.readString(Path.of("..", "docs", "examples", "products.csv"));
        Files.writeString(dir.resolve("products.csv"), ours);

        CliRun run = CliRun.in(
                dir, "suggest-keywords", "--from", "sales.csv", "--catalog", "products.csv", "--write", "p.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Files.readString(dir.resolve("p.csv"))).startsWith(ours).contains("\n# PROPOSED,");
    }

    private void writeSales() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), """
                SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading
                1,2024-03-01,17,Bäckerei Müller GmbH,Anna Berg,Omni Reinigungsroboter
                2,2024-03-02,17,Bäckerei Müller GmbH,Anna Berg,2x Omni mit Einweisung
                3,2024-03-03,18,Hotel Adler,Jan Kos,PD-KB-01 KettyBot
                4,2024-03-04,18,Hotel Adler,Jan Kos,Omnie CD-01
                """);
    }
}
