package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code products} against the built-in sandbox, in each format. */
class ProductsIT {
    @TempDir
    Path dir;

    @Test
    void products_table_listsFamiliesAndProductsAligned() {
        CliRun run = CliRun.in(dir, "products");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out.lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).startsWith("Kind"));
        assertThat(run.out).contains("family ", "product ", "BellaBot");
        assertThat(run.err).containsPattern("\\d+ product families, \\d+ products\\.");
    }

    @Test
    void products_csvAndJson_areMachineReadable() throws Exception {
        CliRun csv = CliRun.in(dir, "products", "--format", "csv");
        CliRun json = CliRun.in(dir, "products", "--format", "json");

        assertThat(csv.out).startsWith("Kind,Id,Code,Name,Family,ListPrice,Note\n");
        JsonNode doc = new ObjectMapper().readTree(json.out);
        assertThat(doc.get("productFamilies").size()).isPositive();
        assertThat(doc.get("products").size())
                .isEqualTo(csv.out.lines().filter(l -> l.startsWith("product,")).count());
    }

    @Test
    void products_includeDeleted_listsAtLeastAsManyFamilies() {
        CliRun plain = CliRun.in(dir, "products", "--format", "csv");
        CliRun all = CliRun.in(dir, "products", "--format", "csv", "--include-deleted");

        assertThat(all.out.lines().filter(l -> l.startsWith("family,")).count())
                .isGreaterThanOrEqualTo(
                        plain.out.lines().filter(l -> l.startsWith("family,")).count());
    }
}
