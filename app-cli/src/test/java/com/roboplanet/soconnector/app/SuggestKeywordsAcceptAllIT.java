package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a proposals file written by {@code suggest-keywords} against the sandbox, with every proposal accepted as
 * the README says, always loads ({@code report --catalog proposals.csv} exits 0); CRM product names come with the
 * CRM's own product code and name, never an invented one.
 */
class SuggestKeywordsAcceptAllIT {
    private static final Path PRODUCTS = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/examples/products.csv")
            .normalize();

    @TempDir
    Path dir;

    @Test
    void suggestKeywords_everyProposalAccepted_theCatalogueLoadsAndCrmNamesKeepTheCrmsCodes() throws IOException {
        CliRun run = accepted("suggest-keywords", "--limit", "2000", "--top", "300", "--write", "proposals.csv");

        Matcher crmName = Pattern.compile("(?m)^crm-name\\s+(.+?)\\s{2,}([A-Z]{2}-[A-Z0-9-]+)\\s+\\d+")
                .matcher(run.out);
        assertThat(crmName.find()).as(run.out).isTrue();
        do {
            String code = crmName.group(2);
            String invented = crmName.group(1).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
            assertThat(proposed).anyMatch(line -> line.startsWith(Proposals.PROPOSED + code + ","));
            assertThat(proposed).noneMatch(line -> line.startsWith(Proposals.PROPOSED + invented + ","));
        } while (crmName.find());
    }

    @Test
    void suggestKeywords_fromTheExampleCatalogueEveryProposalAccepted_theCatalogueLoads() throws IOException {
        accepted(
                "suggest-keywords",
                "--limit",
                "2000",
                "--top",
                "300",
                "--catalog",
                PRODUCTS.toString(),
                "--write",
                "proposals.csv");
    }

    private List<String> proposed = List.of();

    /** Runs the suggestion, accepts every proposal as the README says, reports with the result. */
    private CliRun accepted(String... suggest) throws IOException {
        CliRun run = CliRun.in(dir, suggest);
        assertThat(run.exitCode).as(run.toString()).isZero();
        proposed = Files.readAllLines(dir.resolve("proposals.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(Proposals.PROPOSED))
                .toList();
        assertThat(proposed).as(run.out).isNotEmpty();

        assertThat(Proposals.acceptAll(dir.resolve("proposals.csv"))).isEqualTo(proposed.size());
        CliRun report = CliRun.in(dir, "report", "--limit", "2000", "--catalog", "proposals.csv", "--out", "r.csv");

        assertThat(report.exitCode).as(report.toString()).isZero();
        return run;
    }
}
