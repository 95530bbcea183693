package com.roboplanet.soconnector.adapters.csv;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The same sales as people export them: each form of issue 15, written by the test. */
final class ExportForms {
    private ExportForms() {}

    /** One exported sale. {@code customerId} 0 is a sale without a company. */
    record Exported(
            long id,
            LocalDateTime when,
            long customerId,
            String customer,
            String rep,
            String heading,
            BigDecimal amount,
            String status) {
        Sale sale() {
            return new Sale(
                    id,
                    heading,
                    when.toLocalDate(),
                    customerId == 0 ? null : new Customer(customerId, customer),
                    rep,
                    amount);
        }
    }

    /** Umlauts, a Windows-1252 dash, delimiters and quotes inside fields, a sale without customer, a credit. */
    static final List<Exported> SALES = List.of(
            new Exported(
                    900001,
                    LocalDateTime.of(2025, 1, 7, 9, 15),
                    501,
                    "Gebäudereinigung Müller & Söhne",
                    "Jürgen Weiß",
                    "2xOmnie CD-01 für Düsseldorf",
                    new BigDecimal("14990.00"),
                    "Verkauft"),
            new Exported(
                    900002,
                    LocalDateTime.of(2025, 1, 8, 16, 40),
                    502,
                    "Café \"Zur Post\"; Inh. Meier",
                    "Ben Weber",
                    "3 Stk. BellaBot – Lieferung, inkl. Einweisung | Miete",
                    new BigDecimal("2000.00"),
                    "Offen"),
            new Exported(
                    900003,
                    LocalDateTime.of(2025, 2, 28, 0, 0),
                    0,
                    "",
                    "Claudia Hoffmann",
                    "KettyBot\tx2",
                    new BigDecimal("1234.50"),
                    "Verloren"),
            new Exported(
                    900004,
                    LocalDateTime.of(2025, 3, 1, 12, 0),
                    503,
                    "Bäckerei Kunz",
                    "Anna Schmidt",
                    "Wartung 2025 Gutschrift",
                    new BigDecimal("-350.00"),
                    "Verkauft"));

    private static final List<String> CONNECTOR =
            List.of("SaleId", "SaleDate", "CustomerId", "CustomerName", "SalesRep", "Heading", "Amount", "Status");
    private static final List<String> SUPEROFFICE_EN = List.of(
            "Sale ID", "Date", "Contact ID", "Contact Name", "Associate", "Sale Heading", "Amount", "Sale Status");
    private static final List<String> SUPEROFFICE_DE =
            List.of("Verkaufs-ID", "Datum", "Firmen-ID", "Firma", "Verkäufer", "Stichwort", "Betrag", "Status");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter GERMAN_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A way to export, as a person would pick it in Excel or SuperOffice. */
    enum Form {
        UTF8_COMMA("UTF-8, comma, ISO dates") {
            @Override
            Path write(Path dir, List<Exported> sales) throws IOException {
                return text(
                        dir.resolve("sales.csv"),
                        "",
                        CONNECTOR,
                        ',',
                        "\n",
                        StandardCharsets.UTF_8,
                        false,
                        sales,
                        s -> ISO.format(s.when()),
                        s -> s.amount().toPlainString());
            }
        },
        SEP_LINE_WINDOWS_1252("sep=; and Windows-1252 (CSV Trennzeichen-getrennt)") {
            @Override
            Path write(Path dir, List<Exported> sales) throws IOException {
                return text(
                        dir.resolve("sales.csv"),
                        "sep=;\r\n",
                        SUPEROFFICE_EN,
                        ';',
                        "\r\n",
                        Charset.forName("windows-1252"),
                        false,
                        sales,
                        s -> GERMAN_DATE.format(s.when()),
                        s -> german(s.amount()));
            }
        },
        UNICODE_TEXT("UTF-16LE with BOM, TAB (Excel Unicode Text)") {
            @Override
            Path write(Path dir, List<Exported> sales) throws IOException {
                return text(
                        dir.resolve("sales.txt"),
                        "",
                        SUPEROFFICE_EN,
                        '\t',
                        "\r\n",
                        StandardCharsets.UTF_16LE,
                        true,
                        sales,
                        s -> GERMAN_DATE_TIME.format(s.when()),
                        s -> s.amount().toPlainString().replace('.', ','));
            }
        },
        UTF8_TAB("UTF-8, TAB, no BOM") {
            @Override
            Path write(Path dir, List<Exported> sales) throws IOException {
                return text(
                        dir.resolve("sales.tsv"),
                        "",
                        SUPEROFFICE_EN,
                        '\t',
                        "\n",
                        StandardCharsets.UTF_8,
                        false,
                        sales,
                        s -> s.when().toLocalDate().toString(),
                        s -> s.amount().toPlainString());
            }
        },
        PIPE("UTF-8, |") {
            @Override
            Path write(Path dir, List<Exported> sales) throws IOException {
                return text(
                        dir.resolve("sales.txt"),
                        "",
                        CONNECTOR,
                        '|',
                        "\n",
                        StandardCharsets.UTF_8,
                        false,
                        sales,
                        s -> ISO.format(s.when()),
                        s -> s.amount().toPlainString());
            }
        },
        GERMAN_SUPEROFFICE("German SuperOffice titles, UTF-8 with BOM, ;, date-times and € amounts") {
            @Override
            Path write(Path dir, List<Exported> sales) throws IOException {
                return text(
                        dir.resolve("verkaeufe.csv"),
                        "",
                        SUPEROFFICE_DE,
                        ';',
                        "\r\n",
                        StandardCharsets.UTF_8,
                        true,
                        sales,
                        s -> GERMAN_DATE_TIME.format(s.when()),
                        s -> german(s.amount()) + " €");
            }
        },
        XLSX("Excel workbook with typed cells") {
            @Override
            Path write(Path dir, List<Exported> sales) throws IOException {
                List<List<Object>> rows = new ArrayList<>();
                rows.add(new ArrayList<>(SUPEROFFICE_DE));
                for (Exported s : sales) {
                    List<Object> row = new ArrayList<>();
                    row.add(s.id());
                    row.add(s.when());
                    row.add(s.customerId() == 0 ? null : s.customerId());
                    row.add(s.customer().isEmpty() ? null : s.customer());
                    row.add(s.rep());
                    row.add(s.heading());
                    row.add(s.amount());
                    row.add(s.status());
                    rows.add(row);
                }
                // Named .dat: the content, not the name, makes it a workbook.
                return Workbooks.write(dir.resolve("export.dat"), "Verkäufe", rows);
            }
        };

        private final String description;

        Form(String description) {
            this.description = description;
        }

        abstract Path write(Path dir, List<Exported> sales) throws IOException;

        @Override
        public String toString() {
            return description;
        }
    }

    static String german(BigDecimal amount) {
        java.text.DecimalFormat format =
                new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(amount);
    }

    private static Path text(
            Path file,
            String before,
            List<String> header,
            char delimiter,
            String newline,
            Charset charset,
            boolean bom,
            List<Exported> sales,
            Function<Exported, String> date,
            Function<Exported, String> amount)
            throws IOException {
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "").append(before);
        out.append(line(header, delimiter)).append(newline);
        for (Exported s : sales) {
            out.append(line(
                            List.of(
                                    Long.toString(s.id()),
                                    date.apply(s),
                                    s.customerId() == 0 ? "" : Long.toString(s.customerId()),
                                    s.customer(),
                                    s.rep(),
                                    s.heading(),
                                    amount.apply(s),
                                    s.status()),
                            delimiter))
                    .append(newline);
        }
        return Files.write(file, out.toString().getBytes(charset));
    }

    /** Fields quoted as Excel quotes them: when they hold the delimiter, a quote or a line break. */
    static String line(List<String> fields, char delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : String.valueOf(delimiter)).append(quote(fields.get(i), delimiter));
        }
        return line.toString();
    }

    static String quote(String field, char delimiter) {
        boolean needs =
                field.indexOf(delimiter) >= 0 || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
