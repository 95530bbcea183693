package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sale of an export is counted once: rows that repeat a sale (exports pasted together, in any order) are dropped
 * and counted; a row that gives a sale's id to another sale stops the read naming both rows; {@code --explain} of an id
 * whose only row was skipped names that row and why.
 */
class RepeatedSaleIdsTest {
    @TempDir
    Path dir;

    private static final SaleQuery ALL = new SaleQuery(0, null, null, true);

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("sales.csv"), text, StandardCharsets.UTF_8);
    }

    private record Read(List<Sale> sales, SaleSourceReport report) {}

    private static Read read(Path file, SaleQuery query) {
        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new ExportSaleSource(ExportFile.of(file)).read(query, sales::add);
        return new Read(sales, report);
    }

    /** Exports of up to 300 sales with a random part pasted again in another order, for several seeds. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void read_exportsPastedTogether_countEachSaleOnceAndTheRepeats(long seed) throws IOException {
        Random random = new Random(seed);
        Map<Long, String> rows = new LinkedHashMap<>();
        int count = 1 + random.nextInt(300);
        for (int i = 0; i < count; i++) {
            long id = 1 + random.nextInt(1_000_000);
            rows.put(
                    id,
                    id + ";" + (random.nextBoolean() ? "2x Omnie " + i : "Wartung") + ";" + (1 + random.nextInt(50))
                            + ";" + "2025-01-" + (10 + random.nextInt(20)));
        }
        List<String> repeated = new ArrayList<>(rows.values());
        Collections.shuffle(repeated, random);
        repeated = repeated.subList(0, random.nextInt(repeated.size() + 1));
        List<String> lines = new ArrayList<>(rows.values());
        lines.addAll(repeated);
        Path file = write("SaleId;Heading;CustomerId;SaleDate\n" + String.join("\n", lines) + "\n");

        Read read = read(file, ALL);

        assertThat(read.sales()).extracting(Sale::id).containsExactlyElementsOf(rows.keySet());
        assertThat(read.report().check().duplicatesDropped()).isEqualTo(repeated.size());
        if (!repeated.isEmpty()) {
            assertThat(read.report().notes())
                    .contains("the first row that repeats a sale: " + file + ", line " + (rows.size() + 2) + " (sale "
                            + repeated.get(0).split(";")[0] + ")");
        }
    }

    @Test
    void read_limit_countsEachSaleOnce() throws IOException {
        Path file = write("SaleId,Heading,CustomerId\n1,Omnie,7\n1,Omnie,7\n2,Omnie,7\n1,Omnie,7\n3,Omnie,7\n");

        assertThat(read(file, new SaleQuery(3, null, null, true)).sales())
                .extracting(Sale::id)
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void read_idOfAnotherSale_namesBothRowsAndWhatDiffers() throws IOException {
        Path file = write("SaleId;Heading;CustomerId\n 900001 ;BellaBot;501\n900002;Omnie;502\n900001;Omnie;507\n");

        Throwable thrown = catchThrowable(() -> read(file, ALL));

        assertThat(thrown)
                .isInstanceOf(SaleSourceException.class)
                .hasMessage(file + ":4: sale 900001 is on " + file + ":2 too, for another sale (CustomerId '501'"
                        + " there, '507' here; Heading 'BellaBot' there, 'Omnie' here): one id cannot stand for two"
                        + " sales; correct or remove one of the rows");
    }

    @Test
    void find_repeatedSale_isItsFirstRow() throws IOException {
        Path file = write("SaleId,Heading,CustomerId\n1,Omnie,7\n2,Wartung,8\n1,Omnie,7\n");

        assertThat(new ExportSaleRecords(ExportFile.of(file))
                        .find(1)
                        .orElseThrow()
                        .asReturned())
                .startsWith(file + ", line 2:");
    }

    @Test
    void find_idWhoseRowsWereSkipped_namesThemAndWhy() throws IOException {
        Path file = write("SaleId;Heading;CustomerId;CustomerName\n1;2x BellaBot;501;A;extra\n2.000;Omnie;502;B\n"
                + "3;KettyBot;503;C\n");
        ExportSaleRecords records = new ExportSaleRecords(ExportFile.of(file));

        assertThat(catchThrowable(() -> records.find(1)))
                .isInstanceOf(SaleSourceException.class)
                .hasMessage("sale 1 is in no row the report reads; the rows that may hold it were skipped: " + file
                        + ":2: 5 fields, but the header has 4 (a quote or delimiter too many?) (row skipped)");
        assertThat(catchThrowable(() -> records.find(2000)))
                .hasMessageContaining(file + ":3: SaleId '2.000' could be 2000");
        assertThat(records.find(3)).isPresent();
        assertThat(records.find(4)).isEmpty();
    }

    @Test
    void seenSales_manyIds_answersAsAMapDoes() {
        Random random = new Random(42);
        SeenSales seen = new SeenSales();
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long id =
                    1 + (random.nextBoolean() ? random.nextInt(50_000) : Math.abs(random.nextLong() % Long.MAX_VALUE));
            int fingerprint = random.nextInt();
            Integer before = expected.putIfAbsent(id, fingerprint);
            assertThat(seen.putIfAbsent(id, fingerprint)).isEqualTo(before == null ? SeenSales.ABSENT : (long) before);
        }
    }
}
