package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.CsvLayout;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvBatchResultsTest {
    @TempDir
    Path dir;

    @Test
    void create_existingFile_isReplacedByTheHeaderAndEachAppendIsOnDiskAtOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("results.csv"), "old content that is longer than the header\n");

        try (BatchResults.Log log = new CsvBatchResults(() -> false).create(file, CsvLayout.PLAIN)) {
            assertThat(Files.readString(file))
                    .isEqualTo("row,to,status,strategy,message_id,document_id,task_id,detail\n");
            log.append(BatchRowResult.sent(1, "380", handedOff()));
            log.append(BatchRowResult.failed(2, 3, "=HYPERLINK(\"x\")", new IllegalArgumentException("no, \"that\"")));

            assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                    .containsExactly(
                            "row,to,status,strategy,message_id,document_id,task_id,detail",
                            "1,380,HANDED_OFF,activity-handoff,,,7000,handed off",
                            "2,\"'=HYPERLINK(\"\"x\"\")\",FAILED,,,,,\"line 3: no, \"\"that\"\"\"");
        }
    }

    /** A second tester ran one batch twice at once: the second run truncated and interleaved the first's rows. */
    @Test
    void create_whileAnotherRunWritesTheFile_refusesAndLeavesItsRowsAlone() throws IOException {
        Path file = dir.resolve("results.csv");
        try (BatchResults.Log first = new CsvBatchResults(() -> false).create(file, CsvLayout.PLAIN)) {
            first.append(BatchRowResult.sent(1, "380", handedOff()));
            String written = Files.readString(file);

            assertThatThrownBy(() -> new CsvBatchResults(() -> false).create(file, CsvLayout.PLAIN))
                    .isInstanceOf(BatchResultsException.class)
                    .hasMessage(file + ": another so-connector run is writing these results (the same batch?);"
                            + " nothing was sent: wait for it to finish, or give this run its own --results file");
            assertThat(file).hasContent(written.strip());
        }
        try (BatchResults.Log again = new CsvBatchResults(() -> false).create(file, CsvLayout.PLAIN)) {
            assertThat(Files.readString(file))
                    .isEqualTo("row,to,status,strategy,message_id,document_id,task_id,detail\n");
        }
    }

    @Test
    void create_folderMissing_namesTheFile() {
        Path file = dir.resolve("missing").resolve("results.csv");

        assertThatThrownBy(() -> new CsvBatchResults(() -> false).create(file, CsvLayout.PLAIN))
                .isInstanceOf(BatchResultsException.class)
                .hasMessageStartingWith(file + ": cannot write the file: ");
    }

    @Test
    void create_listInGermanExcelLayout_writesTheResultsInItsDelimiterMarkAndLineEnds() throws IOException {
        Path file = dir.resolve("Empfänger.results.csv");

        try (BatchResults.Log log = new CsvBatchResults(() -> false).create(file, new CsvLayout(';', true, "\r\n"))) {
            log.append(BatchRowResult.sent(1, "jürgen@bäckerei-kunz.de", handedOff()));
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFrow;to;status;strategy;message_id;document_id;task_id;detail\r\n"
                        + "1;jürgen@bäckerei-kunz.de;HANDED_OFF;activity-handoff;;;7000;handed off\r\n");
    }

    @Test
    void create_tabSeparatedListWithoutMark_writesTabsWithoutMark() throws IOException {
        Path file = dir.resolve("results.txt");

        try (BatchResults.Log log = new CsvBatchResults(() -> false).create(file, new CsvLayout('\t', false, "\n"))) {
            log.append(BatchRowResult.sent(1, "380", handedOff()));
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("row\tto\tstatus\tstrategy\tmessage_id\tdocument_id\ttask_id\tdetail\n"
                        + "1\t380\tHANDED_OFF\tactivity-handoff\t\t\t7000\thanded off\n");
    }

    @Test
    void create_excelConfigured_writesExcelsCsvWhateverTheListsLayout() throws IOException {
        Path file = dir.resolve("results.csv");

        new CsvBatchResults(() -> true).create(file, CsvLayout.PLAIN).close();

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFrow;to;status;strategy;message_id;document_id;task_id;detail\r\n");
    }

    @Test
    void create_symlinkedResultsFile_isWrittenThroughTheLink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("shared")).resolve("results.csv");
        Path link = Files.createSymbolicLink(dir.resolve("results.csv"), real);

        new CsvBatchResults(() -> false).create(link, CsvLayout.PLAIN).close();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("row,to,");
    }

    private static SendReceipt handedOff() {
        return new SendReceipt(
                new IdempotencyKey("k1"),
                SendReceipt.Status.HANDED_OFF,
                "activity-handoff",
                null,
                null,
                7000L,
                List.of(),
                "handed off",
                List.of(),
                true);
    }
}
