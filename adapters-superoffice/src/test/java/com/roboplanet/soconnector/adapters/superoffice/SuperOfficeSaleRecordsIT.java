package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuperOfficeSaleRecordsIT {

    @Test
    void records_listRowsAndFullRecord_returnPrettyJsonAsTheApiAnsweredWithTheSaleReadFromIt() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 50), Clock.systemUTC(), new RecordingSleeper())) {
            List<SaleRecord> rows = connection.saleRecords().latest(SaleQuery.latest(3));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).asReturned()).contains("\"contact/name\"").contains("\n");

            long id = rows.get(0).sale().id();
            assertThat(rows.get(0).asReturned()).contains("\"saleId\" : " + id);
            assertThat(connection.saleRecords().find(id)).contains(rows.get(0));
            assertThat(connection.saleRecords().fullRecord(id))
                    .hasValueSatisfying(json ->
                            assertThat(json).contains("\"SaleId\" : " + id).contains("\"Heading\""));
            assertThat(connection.saleRecords().fullRecord(999_999_999L)).isEmpty();
            assertThat(connection.saleRecords().find(999_999_999L)).isEmpty();
        }
    }
}
