package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReportSinkTest {
    @TempDir
    Path dir;

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = CsvReportSinkTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private void writeReport(Path target, CsvReportFormat format, List<ReportRow> rows) {
        try (ReportWriter writer = new CsvReportSink(target, format).open()) {
            rows.forEach(writer::write);
            writer.complete(ReportRows.summary(), ReportTotals.empty());
        }
    }

    private List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"DEFAULT,report-default.csv", "EXCEL,report-excel.csv"})
    void complete_whenRowsWritten_matchesGoldenFileByteForByte(CsvReportFormat format, String goldenName)
            throws IOException {
        Path target = dir.resolve("product_report.csv");

        writeReport(target, format, ReportRows.golden());

        assertThat(Files.readAllBytes(target)).isEqualTo(golden(goldenName));
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void complete_onPosix_givesTheReportTheSamePermissionsAsAnyNewFile() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path target = dir.resolve("report.csv");
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));

        writeReport(target, CsvReportFormat.DEFAULT, List.of());

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void complete_whenNoRows_writesTheHeaderOnly() throws IOException {
        Path target = dir.resolve("empty.csv");

        writeReport(target, CsvReportFormat.DEFAULT, List.of());

        assertThat(Files.readString(target))
                .isEqualTo("SaleId,SaleDate,CustomerId,CustomerName,SalesRep,SaleHeading,ProductCode,ProductName,"
                        + "Quantity,MatchedText,Source,QuantitySource\n");
    }

    @Test
    void write_whenTextCellsStartLikeFormulas_prefixesAQuote() throws IOException {
        Path target = dir.resolve("r.csv");
        ReportRow row = new ReportRow(1, null, 5, "+49 Handel", "\tTab", "-2 BellaBot", "", "", 0, "", null, null);

        writeReport(target, CsvReportFormat.DEFAULT, List.of(row));

        assertThat(Files.readString(target).lines().skip(1).findFirst())
                .hasValue("1,,5,'+49 Handel,'\tTab,'-2 BellaBot,,,,,,");
    }

    @Test
    void write_whenCellStartsWithCarriageReturn_prefixesAQuoteAndQuotesTheCell() throws IOException {
        Path target = dir.resolve("r.csv");
        ReportRow row = new ReportRow(1, null, 0, "", "", "\r=cmd", "", "", 0, "", null, null);

        writeReport(target, CsvReportFormat.DEFAULT, List.of(row));

        assertThat(Files.readString(target)).endsWith("\n1,,,,,\"'\r=cmd\",,,,,,\n");
    }

    @Test
    void write_whenMatchedRowHasFormulaLikeProductCells_neutralisesThemButNotTheNumbers() throws IOException {
        Path target = dir.resolve("r.csv");
        ReportRow row = new ReportRow(
                7,
                null,
                12,
                "Kunde",
                "Rep",
                "x",
                "-CODE",
                "=Name",
                3,
                "@text",
                com.roboplanet.soconnector.domain.model.MatchSource.HEADING,
                com.roboplanet.soconnector.domain.model.QuantitySource.BARE_NUMBER);

        writeReport(target, CsvReportFormat.DEFAULT, List.of(row));

        assertThat(Files.readString(target).lines().skip(1).findFirst())
                .hasValue("7,,12,Kunde,Rep,x,'-CODE,'=Name,3,'@text,HEADING,bare-number");
    }

    @Test
    void close_whenFailingMidway_leavesNoTargetAndNoTempFile() throws IOException {
        Path target = dir.resolve("report.csv");

        assertThatThrownBy(() -> {
                    try (ReportWriter writer = new CsvReportSink(target, CsvReportFormat.DEFAULT).open()) {
                        writer.write(ReportRows.golden().get(0));
                        throw new IllegalStateException("source failed");
                    }
                })
                .hasMessage("source failed");

        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void close_whenRunFailsOverAnOlderReport_leavesItUntouched() throws IOException {
        Path target = Files.writeString(dir.resolve("report.csv"), "yesterday's report\n");

        try (ReportWriter writer = new CsvReportSink(target, CsvReportFormat.EXCEL).open()) {
            writer.write(ReportRows.golden().get(0));
            assertThat(filesIn(dir)).hasSize(2);
        }

        assertThat(Files.readString(target)).isEqualTo("yesterday's report\n");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void complete_whenTargetExists_replacesIt() throws IOException {
        Path target = Files.writeString(dir.resolve("report.csv"), "old");

        writeReport(target, CsvReportFormat.DEFAULT, ReportRows.golden());

        assertThat(Files.readAllBytes(target)).isEqualTo(golden("report-default.csv"));
    }

    @Test
    void open_whenDirectoryMissing_failsWithAClearMessage() {
        Path target = dir.resolve("missing").resolve("report.csv");
        CsvReportSink sink = new CsvReportSink(target, CsvReportFormat.DEFAULT);

        assertThatThrownBy(sink::open)
                .isInstanceOf(ReportSinkException.class)
                .hasMessage("cannot write report " + target + ": no such directory " + dir.resolve("missing"));
    }

    @Test
    void open_whenTargetIsADirectory_failsWithAClearMessage() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out"));

        assertThatThrownBy(() -> new CsvReportSink(target, CsvReportFormat.DEFAULT).open())
                .isInstanceOf(ReportSinkException.class)
                .hasMessage("cannot write report " + target + ": is a directory");
    }

    @Test
    void write_whenAlreadyComplete_refuses() {
        Path target = dir.resolve("report.csv");
        try (ReportWriter writer = new CsvReportSink(target, CsvReportFormat.DEFAULT).open()) {
            writer.complete(ReportRows.summary(), ReportTotals.empty());

            assertThatThrownBy(() -> writer.write(ReportRows.golden().get(0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already complete");
        }
        assertThat(target).exists();
    }

    @Test
    void write_whenTextCannotBeEncoded_failsAndKeepsNothing() throws IOException {
        Path target = dir.resolve("report.csv");
        ReportRow broken = new ReportRow(1, null, 0, "", "", "lone \uD800 surrogate", "", "", 0, "", null, null);

        assertThatThrownBy(() -> writeReport(target, CsvReportFormat.DEFAULT, List.of(broken)))
                .isInstanceOf(ReportSinkException.class)
                .hasMessageStartingWith("cannot write report " + target + ": ");

        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void complete_whenExcelFormat_startsWithBomAndUsesCrlf() throws IOException {
        Path target = dir.resolve("excel.csv");

        writeReport(target, CsvReportFormat.EXCEL, List.of());

        String text = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSaleId;SaleDate;").endsWith("Source\r\n");
    }
}
