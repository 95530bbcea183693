package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.adapters.csv.XlsxReportSink;
import com.roboplanet.soconnector.adapters.html.HtmlReportSink;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.port.in.ReportSummary;
import com.roboplanet.soconnector.domain.port.out.ReportRow;
import com.roboplanet.soconnector.domain.port.out.ReportSink;
import com.roboplanet.soconnector.domain.port.out.ReportSink.ReportWriter;
import com.roboplanet.soconnector.domain.port.out.ReportTotals;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The report writers at 100,000 sales: the workbook ({@code --format xlsx}) and the HTML page, each on its own (rows
 * tallied and written as the report use case does), then the whole {@code report --from-csv ... --format xlsx --html}
 * on a generated export. Prints wall time, peak heap (the sum of the heap pools' peaks since the step began, an upper
 * bound) and file sizes; asserts nothing. Run with {@code -Xmx128m} (README, Development):
 *
 * <pre>{@code
 * ./mvnw -B -q -pl app-cli -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx128m -cp "app-cli/target/test-classes:app-cli/target/classes:$(cat /tmp/cp.txt)" \
 *   com.roboplanet.soconnector.app.ReportWritersBenchmark 100000 20000
 * }</pre>
 *
 * <p>Arguments: {@code sales customers} (default 100,000 and 20,000; give 100000 100000 for a customer per sale, the
 * largest "By customer" sheet).
 */
public final class ReportWritersBenchmark {
    private static final String[] WORDS = {
        "Omnie", "BellaBot", "KettyBot", "HolaBot", "CC1", "PuduBot", "Wartung", "Service", "Miete", "Schulung"
    };

    private ReportWritersBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sales = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path dir = Files.createTempDirectory("report-writers");
        System.out.printf(
                "%,d sales, %,d customers, max heap %.0f MiB%n",
                sales, customers, Runtime.getRuntime().maxMemory() / 1048576.0);
        for (int round = 1; round <= 3; round++) {
            System.out.println("round " + round);
            Path xlsx = dir.resolve("report.xlsx");
            step(
                    "  xlsx (tally + workbook)",
                    xlsx,
                    () -> write(new XlsxReportSink(xlsx, "bench", Clock.systemDefaultZone()), sales, customers));
            Path html = dir.resolve("report.html");
            step(
                    "  html (tally + page)    ",
                    html,
                    () -> write(new HtmlReportSink(html, "bench", Clock.systemDefaultZone()), sales, customers));
        }
        Path export = dir.resolve("sales.csv");
        writeExport(export, sales, customers);
        System.out.printf("export %s: %,d bytes%n", export, Files.size(export));
        for (int round = 1; round <= 2; round++) {
            step("report --from-csv --format xlsx --html, round " + round, dir.resolve("product_report.xlsx"), () -> {
                StringWriter err = new StringWriter();
                int code = Main.run(
                        new String[] {
                            "report",
                            "--from-csv",
                            export.toString(),
                            "--format",
                            "xlsx",
                            "--html",
                            "product_report.html"
                        },
                        Map.of(),
                        dir,
                        new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)),
                        false,
                        AppModule::new);
                if (code != 0) {
                    throw new IllegalStateException("report exited " + code + ": " + err);
                }
            });
            System.out.printf("  page: %,d bytes%n", Files.size(dir.resolve("product_report.html")));
        }
    }

    /** Writes the rows of {@code sales} generated sales through the sink, tallied as the use case does. */
    private static void write(ReportSink sink, int sales, int customers) {
        ReportTotals.Tally tally = new ReportTotals.Tally();
        long[] rows = {0};
        try (ReportWriter writer = sink.open()) {
            rows(sales, customers, row -> {
                writer.write(row);
                tally.add(row);
                rows[0]++;
            });
            ReportSummary summary = new ReportSummary(
                    sales,
                    0,
                    0,
                    0,
                    0,
                    sales,
                    0,
                    rows[0],
                    0,
                    List.of(),
                    Map.of(QuantitySource.MARKER, rows[0]),
                    List.of(),
                    0,
                    List.of(),
                    List.of(),
                    List.of(),
                    new SaleSourceReport("generated", 0, true, List.of()));
            writer.complete(summary, tally.totals(List.of()));
        }
    }

    /** One to three products a sale, 25 products, dates over three years, headings of some 40 characters. */
    private static void rows(int sales, int customers, Consumer<ReportRow> out) {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2023, 1, 2);
        for (int sale = 1; sale <= sales; sale++) {
            long customer = 1 + (customers >= sales ? sale - 1 : random.nextInt(customers));
            LocalDate date = first.plusDays(sale * 1095L / sales);
            String heading = random.nextInt(9) + "x " + WORDS[random.nextInt(WORDS.length)] + " Angebot "
                    + (340_000 + sale) + " inkl. Lieferung";
            int products = 1 + random.nextInt(3);
            for (int p = 0; p < products; p++) {
                int product = (p * 9 + random.nextInt(9)) % 25;
                out.accept(new ReportRow(
                        340_000 + sale,
                        date,
                        customer,
                        "Kunde " + customer + " GmbH",
                        "Rep " + random.nextInt(12),
                        heading,
                        "P" + product,
                        "Product " + product,
                        1 + random.nextInt(9),
                        WORDS[product % WORDS.length],
                        MatchSource.HEADING,
                        QuantitySource.MARKER));
            }
        }
    }

    private static void writeExport(Path file, int sales, int customers) throws Exception {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading\n");
            LocalDate first = LocalDate.of(2023, 1, 2);
            for (int sale = 1; sale <= sales; sale++) {
                long customer = 1 + (customers >= sales ? sale - 1 : random.nextInt(customers));
                String heading = (1 + random.nextInt(5)) + "x " + WORDS[random.nextInt(6)] + " und "
                        + WORDS[6 + random.nextInt(2)] + " Angebot " + (340_000 + sale);
                out.write((340_000 + sale) + "," + first.plusDays(sale * 1095L / sales) + "," + customer + ",Kunde "
                        + customer + " GmbH,Rep " + random.nextInt(12) + "," + heading + "\n");
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(String label, Path file, Step step) throws Exception {
        System.gc();
        MemoryPoolMXBean[] pools = ManagementFactory.getMemoryPoolMXBeans().toArray(MemoryPoolMXBean[]::new);
        for (MemoryPoolMXBean pool : pools) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "%s: %.2f s, peak heap %.1f MiB, %,d bytes%n", label, seconds, peak / 1048576.0, Files.size(file));
    }
}
