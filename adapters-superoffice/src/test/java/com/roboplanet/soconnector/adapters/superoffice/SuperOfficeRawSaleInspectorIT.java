package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.port.out.RawSaleInspector.RawSale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuperOfficeRawSaleInspectorIT {

    @Test
    void inspect_listRowsAndFullRecord_returnPrettyJsonAsTheApiAnswered() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 50), Clock.systemUTC(), new RecordingSleeper())) {
            List<RawSale> rows = connection.rawSaleInspector().listRows(SaleQuery.latest(3));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).listRow()).contains("\"contact/name\"").contains("\n");

            long id = rows.get(0).saleId();
            assertThat(connection.rawSaleInspector().listRow(id)).contains(rows.get(0));
            assertThat(connection.rawSaleInspector().fullRecord(id))
                    .hasValueSatisfying(json ->
                            assertThat(json).contains("\"SaleId\" : " + id).contains("\"Heading\""));
            assertThat(connection.rawSaleInspector().fullRecord(999_999_999L)).isEmpty();
            assertThat(connection.rawSaleInspector().listRow(999_999_999L)).isEmpty();
        }
    }
}
