package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.ScenarioSale;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a report comes out empty, reproduced on a sandbox tenant, and the stage the diagnosis names. */
class DiagnosisIT {
    @TempDir
    Path dir;

    @Test
    void report_noSales_diagnosesTheQuery() {
        CliRun run = report(Scenarios.none().withNoSales());

        assertThat(run.err).contains("Diagnosis (query): The source returned no sales at all.", "query: GET v1/Sale?");
    }

    @Test
    void report_allSalesWithoutCustomer_diagnosesTheCustomerStage() {
        CliRun run = report(Scenarios.none().withRefusedContactFilter().withSales(sales(0, "2xOmnie CD-01")));

        assertThat(run.err)
                .contains("Diagnosis (customer): All 20 sales read have no customer")
                .contains("20 of 20 (100%) of the sales read have no customer");
    }

    @Test
    void report_headingColumnMissing_diagnosesASchemaMismatch() {
        CliRun run =
                report(Scenarios.none().withDroppedColumns(Set.of("heading")).withSales(sales(7, "Omnie")));

        assertThat(run.err).contains("Diagnosis (schema)", "heading column is probably missing");
    }

    @Test
    void report_keywordGluedToLetters_showsTheCatalogueFix() {
        CliRun run = report(Scenarios.none().withSales(sales(7, "OMNIECD01 Lieferung")));

        assertThat(run.err)
                .contains("Diagnosis (keyword spelling)")
                .contains("catalogue fix: \"OMNIECD01 Lieferung\": add alias")
                .contains("to OMNIE");
    }

    @Test
    void report_everythingUnmatched_diagnosesMissingKeywordsWithExamples() {
        CliRun run = report(Scenarios.none().withSales(sales(7, "KettyBot Miete 12 Monate")));

        assertThat(run.err)
                .contains("Diagnosis (keywords missing): 20 of 20 sales with a customer name no product")
                .contains("headings that matched nothing: \"KettyBot Miete 12 Monate\"")
                .contains("kettybot (20)")
                .contains("suggest-keywords");
    }

    @Test
    void report_explainSale_showsEveryCandidateAndWhy() {
        try (SuperOfficeSandbox sandbox = start(Scenarios.none().withSales(sales(7, "2xOmnien Wartungsvertrag")))) {
            CliRun run = CliRun.in(dir, SandboxEnv.of(sandbox), Modules.EMPTY_MODULE, "report", "--explain", "1001");

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.out)
                    .contains("\"heading\" : \"2xOmnien Wartungsvertrag\"")
                    .contains("Normalised (folded, lower case, separators removed): \"2xomnienwartungsvertrag\"")
                    .contains("alias Omnie of OMNIE, not counted: 'n' comes directly after it")
                    .contains("SERVICE x 2 from \"Wartungsvertrag\"");
        }
    }

    private CliRun report(Scenarios scenarios) {
        try (SuperOfficeSandbox sandbox = start(scenarios)) {
            CliRun run = CliRun.in(dir, SandboxEnv.of(sandbox), Modules.EMPTY_MODULE, "report");
            assertThat(run.exitCode).as(run.toString()).isZero();
            return run;
        }
    }

    private static List<ScenarioSale> sales(int contactId, String heading) {
        return IntStream.range(0, 20)
                .mapToObj(i -> new ScenarioSale(
                        1001 + i,
                        heading,
                        LocalDateTime.of(2024, 3, 1 + i, 9, 0),
                        contactId,
                        contactId == 0 ? "" : "Hotel Adler",
                        1,
                        ScenarioSale.Status.OPEN,
                        1000,
                        List.of()))
                .toList();
    }

    private static SuperOfficeSandbox start(Scenarios scenarios) {
        return SuperOfficeSandbox.start(
                SandboxOptions.builder().scenarios(scenarios).build());
    }
}
