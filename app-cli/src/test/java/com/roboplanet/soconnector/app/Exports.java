package com.roboplanet.soconnector.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Sales exports as people have them, written by the tests: each form of issue 15 from the same sales. */
final class Exports {
    private Exports() {}

    /** One exported sale; {@code customerId} 0 is a sale without a company. */
    record Exported(
            long id,
            LocalDateTime when,
            long customerId,
            String customer,
            String rep,
            String heading,
            BigDecimal amount) {}

    /** Umlauts, an en dash, delimiters and quotes inside fields, a sale without customer, a credit. */
    static final List<Exported> SALES = List.of(
            new Exported(
                    900001,
                    LocalDateTime.of(2025, 1, 7, 9, 15),
                    501,
                    "Gebäudereinigung Müller & Söhne",
                    "Jürgen Weiß",
                    "2xOmnie CD-01 für Düsseldorf",
                    new BigDecimal("14990.00")),
            new Exported(
                    900002,
                    LocalDateTime.of(2025, 1, 8, 16, 40),
                    502,
                    "Café \"Zur Post\"; Inh. Meier, Zürich",
                    "Ben Weber",
                    "3 Stk. BellaBot – Lieferung | Miete",
                    new BigDecimal("2000.00")),
            new Exported(
                    900003,
                    LocalDateTime.of(2025, 2, 28, 0, 0),
                    0,
                    "",
                    "Claudia Hoffmann",
                    "KettyBot x2",
                    new BigDecimal("1234.50")),
            new Exported(
                    900004,
                    LocalDateTime.of(2025, 3, 1, 12, 0),
                    503,
                    "Bäckerei Kunz",
                    "Anna Schmidt",
                    "Wartung 2025 Gutschrift",
                    new BigDecimal("-350.00")));

    static final List<String> CONNECTOR =
            List.of("SaleId", "SaleDate", "CustomerId", "CustomerName", "SalesRep", "Heading", "Amount");
    static final List<String> SUPEROFFICE_EN =
            List.of("Sale ID", "Date", "Contact ID", "Contact Name", "Associate", "Sale Heading", "Amount");
    static final List<String> SUPEROFFICE_DE =
            List.of("Verkaufs-ID", "Datum", "Firmen-ID", "Firma", "Verkäufer", "Stichwort", "Betrag");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter GERMAN_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** The ways people export, as they pick them in Excel or SuperOffice. */
    enum Form {
        UTF8_COMMA("CSV UTF-8, comma, ISO dates"),
        SEP_LINE_WINDOWS_1252("sep=; and Windows-1252, German dates and amounts"),
        UNICODE_TEXT("UTF-16LE with BOM, TAB (Excel's Unicode Text)"),
        UTF8_TAB("UTF-8, TAB, German column titles"),
        PIPE("UTF-8 with BOM, |, amounts with €"),
        XLSX("an .xlsx workbook generated here, typed cells and a date column");

        private final String description;

        Form(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }

        Path write(Path dir) throws IOException {
            return switch (this) {
                case UTF8_COMMA ->
                    text(
                            dir.resolve("sales.csv"),
                            "",
                            CONNECTOR,
                            ',',
                            "\n",
                            StandardCharsets.UTF_8,
                            false,
                            s -> ISO.format(s.when()),
                            s -> s.amount().toPlainString());
                case SEP_LINE_WINDOWS_1252 ->
                    text(
                            dir.resolve("sales.csv"),
                            "sep=;\r\n",
                            SUPEROFFICE_EN,
                            ';',
                            "\r\n",
                            Charset.forName("windows-1252"),
                            false,
                            s -> GERMAN_DATE.format(s.when()),
                            s -> german(s.amount()));
                case UNICODE_TEXT ->
                    text(
                            dir.resolve("sales.txt"),
                            "",
                            SUPEROFFICE_EN,
                            '\t',
                            "\r\n",
                            StandardCharsets.UTF_16LE,
                            true,
                            s -> GERMAN_DATE_TIME.format(s.when()),
                            s -> s.amount().toPlainString().replace('.', ','));
                case UTF8_TAB ->
                    text(
                            dir.resolve("sales.tsv"),
                            "",
                            SUPEROFFICE_DE,
                            '\t',
                            "\n",
                            StandardCharsets.UTF_8,
                            false,
                            s -> ISO.format(s.when()),
                            s -> s.amount().toPlainString());
                case PIPE ->
                    text(
                            dir.resolve("sales.txt"),
                            "",
                            CONNECTOR,
                            '|',
                            "\n",
                            StandardCharsets.UTF_8,
                            true,
                            s -> GERMAN_DATE.format(s.when()),
                            s -> german(s.amount()) + " €");
                case XLSX -> workbook(dir.resolve("Verkäufe.xlsx"), "Verkäufe 2025");
            };
        }
    }

    /** {@code 14.990,00}: German grouping and decimal comma. */
    static String german(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(amount);
    }

    private static Path text(
            Path file,
            String firstLine,
            List<String> header,
            char delimiter,
            String lineEnd,
            Charset charset,
            boolean byteOrderMark,
            Function<Exported, String> date,
            Function<Exported, String> amount)
            throws IOException {
        StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "").append(firstLine);
        text.append(line(header, delimiter)).append(lineEnd);
        for (Exported s : SALES) {
            text.append(line(
                            List.of(
                                    Long.toString(s.id()),
                                    date.apply(s),
                                    s.customerId() == 0 ? "" : Long.toString(s.customerId()),
                                    s.customer(),
                                    s.rep(),
                                    s.heading(),
                                    amount.apply(s)),
                            delimiter))
                    .append(lineEnd);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(charset));
        return Files.write(file, bytes.toByteArray());
    }

    /** Quoted where a spreadsheet would quote: a delimiter, a quote or a line break inside. */
    private static String line(List<String> cells, char delimiter) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n");
            quoted.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(String.valueOf(delimiter), quoted);
    }

    /** The sales on a sheet of their own name, with numbers as numbers and the date as a formatted date-time. */
    static Path workbook(Path file, String sheet) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Hinweise", List.of(List.of("Export aus SuperOffice")));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(SUPEROFFICE_DE));
        for (Exported s : SALES) {
            List<Object> row = new ArrayList<>();
            row.add(s.id());
            row.add(s.when());
            row.add(s.customerId() == 0 ? null : s.customerId());
            row.add(s.customer());
            row.add(s.rep());
            row.add(s.heading());
            row.add(s.amount());
            rows.add(row);
        }
        sheets.put(sheet, rows);
        return workbook(file, sheets);
    }

    /** Cells: String, Number, LocalDateTime (formatted {@code dd.mm.yyyy hh:mm}) or null (no cell). */
    static Path workbook(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "so-connector-test", "1.0");
            for (var sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof String text && !text.isEmpty()) {
                            ws.value(r, c, text);
                        } else if (value instanceof Number number) {
                            ws.value(r, c, number);
                        } else if (value instanceof LocalDateTime when) {
                            ws.value(r, c, when);
                            ws.style(r, c).format("dd.mm.yyyy hh:mm").set();
                        }
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }
}
