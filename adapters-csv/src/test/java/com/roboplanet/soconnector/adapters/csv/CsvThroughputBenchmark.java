package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints rows per second for reading a sales export and writing each report format. Not a test: run it
 * by hand (see the module's test classpath) with an optional row count, default 1,000,000.
 */
public final class CsvThroughputBenchmark {
    private CsvThroughputBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("csv-bench");
        try {
            Path export = writeExport(dir.resolve("sales.csv"), rows);
            for (int round = 1; round <= 3; round++) {
                System.out.printf("round %d%n", round);
                measure("read ExportSaleSource", rows, () -> read(export));
                measure(
                        "write CsvReportSink DEFAULT",
                        rows,
                        () -> write(new CsvReportSink(dir.resolve("r.csv"), CsvReportFormat.DEFAULT), rows));
                measure(
                        "write CsvReportSink EXCEL",
                        rows,
                        () -> write(new CsvReportSink(dir.resolve("r.csv"), CsvReportFormat.EXCEL), rows));
                measure(
                        "write JsonLinesReportSink",
                        rows,
                        () -> write(new JsonLinesReportSink(dir.resolve("r.jsonl")), rows));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static Path writeExport(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading,Amount,Status\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",2024-03-01," + (i % 3 == 0 ? "" : Integer.toString(1000 + i % 500))
                        + ",\"Müller, Reinigung GmbH\",Anna Schmidt,2xOmnie CD-01 mit Nachlass,1.234,Sold\n");
            }
        }
        return file;
    }

    private static void read(Path export) {
        AtomicLong ids = new AtomicLong();
        new ExportSaleSource(ExportFile.of(export)).read(SaleQuery.all(), sale -> ids.addAndGet(sale.id()));
        if (ids.get() == 0) {
            throw new IllegalStateException("nothing read");
        }
    }

    private static void write(ReportSink sink, int rows) {
        try (ReportWriter writer = sink.open()) {
            for (int i = 1; i <= rows; i++) {
                writer.write(new ReportRow(
                        i,
                        LocalDate.of(2024, 3, 1),
                        1000 + i % 500,
                        "Müller, Reinigung GmbH",
                        "Anna Schmidt",
                        "2xOmnie CD-01 mit Nachlass",
                        "OMNIE",
                        "Omnie",
                        2,
                        "2xOmnie CD-01",
                        MatchSource.HEADING,
                        QuantitySource.MARKER));
            }
            writer.complete(ReportRows.summary(), ReportTotals.empty());
        }
    }

    private static void measure(String what, int rows, Runnable run) {
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-30s %,12.0f rows/s (%,d rows in %.2f s)%n", what, rows / seconds, rows, seconds);
    }
}
