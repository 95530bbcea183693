package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSaleRecordsTest {
    @TempDir
    Path dir;

    @Test
    void find_returnsTheSaleAndTheFieldsUnderTheirHeadersWithTheLineTheRecordStartsOn() throws IOException {
        Path file = write("Nr;Stichwort;Kunde;KundeNr\n"
                + "1;Omnie;Acme;7\n"
                + "2;\"2x Omnie\nmit Nachlass\";;\n"
                + "3;KettyBot;Acme;7\n");
        ExportSaleRecords records = new ExportSaleRecords(ExportFile.of(file)
                .withColumns(ColumnMapping.of(
                        Map.of("saleId", "Nr", "heading", "Stichwort", "customerId", "KundeNr"), "--column")));

        SaleRecord second = records.find(2).orElseThrow();
        SaleRecord third = records.find(3).orElseThrow();

        assertThat(second.sale().heading()).isEqualTo("2x Omnie\nmit Nachlass");
        assertThat(second.sale().customer()).isNull();
        assertThat(second.asReturned())
                .isEqualTo(file + ", line 3:\nNr: 2\nStichwort: 2x Omnie\\nmit Nachlass\nKunde: \nKundeNr: ");
        assertThat(third.asReturned()).startsWith(file + ", line 5:\n");
        assertThat(records.fullRecord(3)).contains(third.asReturned());
        assertThat(records.find(9)).isEmpty();
    }

    @Test
    void latest_readsInFileOrderUpToTheLimit() throws IOException {
        Path file = write("SaleId,Heading,CustomerId\n10,Omnie,7\n11,Wartung,\n12,CC1,7\n");

        List<SaleRecord> records = new ExportSaleRecords(ExportFile.of(file)).latest(SaleQuery.latest(2));

        assertThat(records).extracting(r -> r.sale().id()).containsExactly(10L, 11L);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
