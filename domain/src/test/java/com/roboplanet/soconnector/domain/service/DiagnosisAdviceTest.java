package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.ReportDiagnosis;
import com.roboplanet.soconnector.domain.port.in.ReportDiagnosis.Stage;
import com.roboplanet.soconnector.domain.port.out.ReportDestination;
import com.roboplanet.soconnector.domain.port.out.ReportFormat;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A diagnosis gives the advice of the source the sales came from: for an export, its file and columns (never the CRM's
 * commands or the tenant's settings); for SuperOffice, its query and tenant (never an export's columns). Every stage,
 * from both kinds of source.
 */
class DiagnosisAdviceTest {
    private static final Customer ACME = new Customer(7, "Acme GmbH");
    private static final Path EXPORT = Path.of("/data/verkäufe 2025.csv");
    private static final MergeCrmCatalogUseCase NO_CRM = command -> {
        throw new AssertionError("the CRM was not asked for");
    };

    /** Sales that lead to each stage. */
    static Map<Stage, List<Sale>> salesFor() {
        return Map.of(
                Stage.QUERY, List.of(),
                Stage.CUSTOMER, List.of(sale(1, "2x Omnie", null), sale(2, "Omnie", null)),
                Stage.SCHEMA, List.of(sale(1, "", ACME), sale(2, " ", ACME)),
                Stage.KEYWORD_SPELLING, List.of(sale(1, "OMNIECD01", ACME), sale(2, "OmnieX", ACME)),
                Stage.KEYWORDS_MISSING, List.of(sale(1, "Reparatur Akku", ACME), sale(2, "Akku", ACME)));
    }

    static Stream<Arguments> stagesAndOrigins() {
        return salesFor().keySet().stream()
                .flatMap(stage -> Stream.of(SaleOrigin.crm(false), SaleOrigin.exportFile(EXPORT, Map.of()))
                        .map(origin -> Arguments.of(stage, origin)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stagesAndOrigins")
    void generate_thinReport_givesTheAdviceOfItsSource(Stage stage, SaleOrigin origin) {
        ReportDiagnosis diagnosis = new GenerateProductReportService(
                        FixedSaleSources.of(new InMemorySaleSource(salesFor().get(stage))),
                        destination -> new RecordingReportSink(),
                        new InMemoryCatalogFiles(),
                        NO_CRM,
                        GenerateProductReportServiceTest.NO_CRM_NAMES)
                .generate(new GenerateProductReportCommand(
                        origin,
                        SaleQuery.all(),
                        CatalogChoice.builtIn(),
                        new ReportDestination(Path.of("r.csv"), ReportFormat.CSV),
                        false))
                .diagnosisIfAny()
                .orElseThrow();

        assertThat(diagnosis.stage()).isEqualTo(stage);
        String advice = String.join(
                "\n", diagnosis.evidence().subList(1, diagnosis.evidence().size()));
        if (origin.fromCrm()) {
            assertThat(advice).doesNotContain("--from", "--column", "export");
        } else {
            assertThat(advice).doesNotContain("SuperOffice", "SO_", "inspect sales", "tenant", "CRM");
            if (stage == Stage.SCHEMA || stage == Stage.KEYWORDS_MISSING) {
                assertThat(advice).contains("--from '" + EXPORT + "'");
            }
        }
    }

    private static Sale sale(long id, String heading, Customer customer) {
        return new Sale(id, heading, LocalDate.of(2024, 3, 1), customer, "Anna Berg", null);
    }
}
