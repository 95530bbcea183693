package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Prints rows per second for reading a sales export of each kind through {@link ExportSaleSource}: UTF-8 with
 * commas and ISO values (the shape of {@link CsvThroughputBenchmark}), the German Excel shapes in UTF-8 with BOM and
 * in Windows-1252 ({@code ;}, {@code 07.01.2025 09:15}, {@code 14.990,00 €}), and an .xlsx workbook with typed
 * cells. Asserts nothing. Run it with {@code -Xmx128m} and the module's test classpath (README, "Development");
 * arguments: rows (default 100,000), rounds (default 5), and which files (default
 * {@code utf8-comma,utf8-bom-semicolon,windows-1252-semicolon,xlsx}). The first round is what one run of the tool
 * sees (a fresh JVM); run one file per JVM to compare first rounds.
 */
public final class ExportReadBenchmark {
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExportReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> kinds = List.of(
                (args.length > 2 ? args[2] : "utf8-comma,utf8-bom-semicolon,windows-1252-semicolon,xlsx").split(","));
        Path dir = Files.createTempDirectory("export-bench");
        try {
            List<Path> files = new ArrayList<>();
            for (String kind : kinds) {
                files.add(
                        switch (kind) {
                            case "utf8-comma" -> english(dir.resolve("utf8-comma.csv"), rows);
                            case "utf8-bom-semicolon" ->
                                german(dir.resolve("utf8-bom-semicolon.csv"), rows, StandardCharsets.UTF_8, true);
                            case "windows-1252-semicolon" ->
                                german(
                                        dir.resolve("windows-1252-semicolon.csv"),
                                        rows,
                                        Charset.forName("windows-1252"),
                                        false);
                            case "xlsx" -> workbook(dir.resolve("sales.xlsx"), rows);
                            default -> throw new IllegalArgumentException("unknown file kind " + kind);
                        });
            }
            System.out.printf(
                    "%,d rows, %d rounds, max heap %d MB%n",
                    rows, rounds, Runtime.getRuntime().maxMemory() >> 20);
            for (Path file : files) {
                System.out.printf(
                        "%-28s %,11d bytes, rows/s by wall clock (by CPU time):", file.getFileName(), Files.size(file));
                for (int round = 1; round <= rounds; round++) {
                    double[] rate = measure(file, rows);
                    System.out.printf(" %,.0f (%,.0f)", rate[0], rate[1]);
                }
                System.out.println();
            }
        } finally {
            try (var list = Files.list(dir)) {
                for (Path file : list.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** Rows per second by wall clock and by this thread's CPU time (steadier on a busy machine). */
    private static double[] measure(Path file, int rows) {
        AtomicLong read = new AtomicLong();
        long cpu = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        new ExportSaleSource(ExportFile.of(file)).read(SaleQuery.all(), sale -> read.incrementAndGet());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (read.get() != rows) {
            throw new IllegalStateException("read " + read.get() + " of " + rows + " sales from " + file);
        }
        return new double[] {rows / seconds, rows / cpuSeconds};
    }

    private static Path english(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading,Amount,Status\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",2024-03-01," + (i % 3 == 0 ? "" : Integer.toString(1000 + i % 500))
                        + ",\"Müller, Reinigung GmbH\",Anna Schmidt,2xOmnie CD-01 mit Nachlass,1.234,Sold\n");
            }
        }
        return file;
    }

    private static Path german(Path file, int rows, Charset charset, boolean bom) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, charset)) {
            out.write(
                    (bom ? "\uFEFF" : "") + "Verkaufs-ID;Datum;Firmen-ID;Firma;Verkäufer;Stichwort;Betrag;Status\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ";07.01.2025 09:15;" + (1000 + i % 500) + ";Gebäudereinigung Müller & Söhne;Jürgen Weiß;"
                        + "2xOmnie CD-01 für Düsseldorf – Lieferung;14.990,00 €;Verkauft\r\n");
            }
        }
        return file;
    }

    private static Path workbook(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "so-connector-bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("Verkäufe");
            String[] header = {
                "Verkaufs-ID", "Datum", "Firmen-ID", "Firma", "Verkäufer", "Stichwort", "Betrag", "Status"
            };
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                sheet.value(r, 0, r);
                sheet.value(r, 1, LocalDateTime.of(2025, 1, 7, 9, 15).plusDays(r % 700));
                sheet.style(r, 1).format("dd.mm.yyyy hh:mm").set();
                sheet.value(r, 2, 1000 + r % 500);
                sheet.value(r, 3, "Gebäudereinigung Müller " + (r % 500));
                sheet.value(r, 4, "Jürgen Weiß");
                sheet.value(r, 5, r + "xOmnie CD-01 für Düsseldorf");
                sheet.value(r, 6, 14990.0 + r % 100);
                sheet.value(r, 7, "Verkauft");
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }
}
