package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.adapters.csv.CsvCatalogReader;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** suggest-keywords against the built-in sandbox, whose generated headings misspell and code products. */
class SuggestKeywordsAgainstSandboxIT {
    @TempDir
    Path dir;

    @Test
    void suggestKeywords_builtInSandbox_proposesNearMissAndCodeShapedTokenAndWritesReadableCatalogue() {
        CliRun run = CliRun.in(dir, "suggest-keywords", "--limit", "1000", "--top", "200", "--write", "proposals.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err).contains("built-in SuperOffice sandbox").contains("1000 sales read");
        assertThat(run.out)
                .containsPattern("(?m)^near-miss\\s+Omni\\s+OMNIE\\s+\\d+\\s+\\S")
                .containsPattern("(?m)^product-code\\s+PD-[A-Z0-9-]+\\s+\\d+\\s+\\S");
        ProductCatalog readBack = new CsvCatalogReader().read(dir.resolve("proposals.csv"));
        assertThat(readBack.products()).isEqualTo(ProductCatalog.builtIn().products());
    }
}
