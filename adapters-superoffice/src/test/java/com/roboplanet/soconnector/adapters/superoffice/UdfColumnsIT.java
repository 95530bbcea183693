package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UdfColumnsIT {
    private static final int PAGE = 100;
    private static final List<String> UDF = List.of("saleUdef/SuperOffice:1", "saleUdef/SuperOffice:2");
    private static SuperOfficeSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(
                SandboxOptions.builder().port(0).salesCount(2000).build());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static List<Sale> read(SuperOfficeSettings settings, List<SaleSourceReport> reports) {
        try (SuperOfficeConnection connection =
                SuperOfficeConnection.open(settings, Clock.systemUTC(), new RecordingSleeper())) {
            List<Sale> sales = new ArrayList<>();
            reports.add(connection.saleSource().read(SaleQuery.all(), sales::add));
            return sales;
        }
    }

    @Test
    void read_withUdfColumns_mapsSetOnesIntoTheSaleInTheSameRequests() {
        List<SaleSourceReport> reports = new ArrayList<>();
        List<Sale> plain = read(SandboxFixture.settings(sandbox, PAGE), reports);
        List<Sale> withUdf = read(SandboxFixture.settings(sandbox, PAGE).withUdfColumns(UDF), reports);

        assertThat(withUdf)
                .extracting(Sale::id)
                .isEqualTo(plain.stream().map(Sale::id).toList());
        assertThat(plain).allMatch(sale -> sale.userDefinedFields().isEmpty());
        Sale omnie = withUdf.stream().filter(s -> s.id() == 342_243).findFirst().orElseThrow();
        assertThat(omnie.userDefinedFields())
                .containsEntry("saleUdef/SuperOffice:1", "RR-02-017-OMNIE")
                .containsEntry("saleUdef/SuperOffice:2", "2");
        long carrying =
                withUdf.stream().filter(s -> !s.userDefinedFields().isEmpty()).count();
        assertThat(carrying).isPositive().isLessThan(withUdf.size() / 2);
        assertThat(reports.get(1).requests()).isEqualTo(reports.get(0).requests());
        assertThat(reports.get(1).query()).contains("saleUdef/SuperOffice:1,saleUdef/SuperOffice:2");
        assertThat(reports.get(1).notes()).isEmpty();
    }

    @Test
    void read_whenTenantRefusesAUdfColumn_namesTheColumnAndTheKey() {
        SuperOfficeSettings settings =
                SandboxFixture.settings(sandbox, PAGE).withUdfColumns(List.of("saleUdef/SuperOffice:9"));
        assertThatThrownBy(() -> read(settings, new ArrayList<>()))
                .isInstanceOf(SaleSourceException.class)
                .hasMessageContaining("'saleUdef/SuperOffice:9'")
                .hasMessageContaining("SO_UDF_COLUMNS")
                .extracting(e -> ((SaleSourceException) e).kind())
                .isEqualTo(SaleSourceException.Kind.INVALID_INPUT);
    }
}
