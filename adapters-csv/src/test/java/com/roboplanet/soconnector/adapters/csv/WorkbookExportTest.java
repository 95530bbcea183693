package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .xlsx exports: typed cells, sheets, and the shapes Excel writes that a writer library does not. */
class WorkbookExportTest {
    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static List<Sale> read(ExportFile export) {
        List<Sale> sales = new ArrayList<>();
        new ExportSaleSource(export).read(SaleQuery.all(), sales::add);
        return sales;
    }

    @Test
    void read_typedCellsWithADateColumn_givesTheSales() throws IOException {
        Path file = Workbooks.write(
                dir.resolve("verkaeufe.xlsx"),
                "Verkäufe",
                List.of(
                        row("Verkaufs-ID", "Datum", "Firmen-ID", "Firma", "Verkäufer", "Stichwort", "Betrag"),
                        row(
                                900001,
                                LocalDateTime.of(2025, 1, 7, 9, 15),
                                501,
                                "Hotel Adler GmbH",
                                "Anna Schmidt",
                                "2xOmnie CD-01",
                                14990.5),
                        row(900002, LocalDate.of(2025, 1, 8), null, null, "Ben Weber", "BellaBot x3", 2000)));

        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new ExportSaleSource(ExportFile.of(file)).read(SaleQuery.all(), sales::add);

        assertThat(sales)
                .containsExactly(
                        new Sale(
                                900001,
                                "2xOmnie CD-01",
                                LocalDate.of(2025, 1, 7),
                                new Customer(501, "Hotel Adler GmbH"),
                                "Anna Schmidt",
                                new BigDecimal("14990.5")),
                        new Sale(
                                900002,
                                "BellaBot x3",
                                LocalDate.of(2025, 1, 8),
                                null,
                                "Ben Weber",
                                new BigDecimal("2000")));
        assertThat(report.query())
                .startsWith("file " + file + " (Excel workbook, sheet 'Verkäufe'; columns saleId=Verkaufs-ID,");
        assertThat(report.unreadable().any()).isFalse();
    }

    @Test
    void read_namedSheetAfterBlankRows_takesThatSheetsFirstNonEmptyRowAsHeader() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Info", List.of(row("Export vom 07.01.2025")));
        sheets.put(
                "Daten",
                List.of(row(), row((Object) null), row(null, "Sale ID", "Sale", "Company ID"), row(null, 7, "x", 42)));
        Path file = Workbooks.write(dir.resolve("export.xlsx"), sheets);

        assertThat(read(ExportFile.of(file).withSheet("daten")))
                .containsExactly(new Sale(7, "x", null, new Customer(42, ""), "", null));
    }

    @Test
    void read_sheetNotThere_namesTheSheetsThereAre() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Info", List.of(row("a")));
        sheets.put("Daten", List.of(row("b")));
        Path file = Workbooks.write(dir.resolve("export.xlsx"), sheets);

        assertThatThrownBy(() -> read(ExportFile.of(file).withSheet("Sales")))
                .isInstanceOf(SaleSourceException.class)
                .hasMessage(file + ": no sheet 'Sales' (sheets: 'Info', 'Daten')");
    }

    @Test
    void read_emptySheet_namesItAndHowToChooseAnother() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Leer", List.of(row(), row((Object) null)));
        sheets.put("Daten", List.of(row("Sale ID", "Sale", "Company ID")));
        Path file = Workbooks.write(dir.resolve("export.xlsx"), sheets);

        assertThatThrownBy(() -> read(ExportFile.of(file)))
                .isInstanceOf(SaleSourceException.class)
                .hasMessage(file + ", sheet 'Leer': no row with a value; expected a header (name another sheet with"
                        + " --sheet NAME)");
    }

    @Test
    void read_unreadableCellInARow_namesSheetAndRow() throws IOException {
        Path file = Workbooks.write(
                dir.resolve("export.xlsx"),
                "Sales",
                List.of(row("Sale ID", "Sale", "Company ID", "Amount"), row(1, "a", 5, "n/a"), row("x", "b", 5, 1)));

        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new ExportSaleSource(ExportFile.of(file)).read(SaleQuery.all(), sales::add);

        assertThat(sales).extracting(Sale::id).containsExactly(1L);
        assertThat(report.unreadable().examples())
                .containsExactly(
                        file + ", sheet 'Sales', row 3: SaleId 'x' is not a whole number (row skipped)",
                        file + ", sheet 'Sales', row 2: Amount 'n/a' is not an amount (expected 1234.50, 1.234,50 €,"
                                + " € 2.000 or 1,234.50 EUR) (left empty)");
    }

    @Test
    void read_excelShapes_inlineStringsRichTextFormulasErrorsAndBothDateSystems() throws IOException {
        String strings = "<si><t>Sale ID</t></si><si><r><t>Geb</t></r><r><rPr><b/></rPr><t>äude Müller</t></r></si>";
        String sheet =
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Datum</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Firmen-ID</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Firma</t>"
                        + "</is></c><c r=\"E1\" t=\"inlineStr\"><is><t>Stichwort</t></is></c><c r=\"F1\" t=\"inlineStr\"><is>"
                        + "<t>Betrag</t></is></c></row>"
                        // row 3: built-in date format 14, a formula's cached number, rich text, a formula's cached text
                        + "<row r=\"3\"><c r=\"A3\"><v>900001</v></c><c r=\"B3\" s=\"1\"><v>44202</v></c><c r=\"C3\"><f>500+1</f>"
                        + "<v>501</v></c><c r=\"D3\" t=\"s\"><v>1</v></c><c r=\"E3\" t=\"str\"><f>\"2x\"&amp;\"Omnie\"</f>"
                        + "<v>2xOmnie</v></c><c r=\"F3\" t=\"e\"><v>#N/A</v></c></row>"
                        // row 4: custom date-time format, a General number in the date column (an Excel serial), a gap
                        + "<row r=\"4\"><c r=\"A4\"><v>900002</v></c><c r=\"B4\" s=\"2\"><v>44202.5</v></c><c r=\"C4\"><v>502</v>"
                        + "</c><c r=\"E4\" t=\"inlineStr\"><is><t>BellaBot</t></is></c><c r=\"F4\"><v>1234.5</v></c></row>"
                        + "<row r=\"5\"><c r=\"A5\"><v>900003</v></c><c r=\"B5\"><v>44202</v></c><c r=\"C5\"><v>0</v></c>"
                        + "<c r=\"E5\" t=\"inlineStr\"><is><t>KettyBot</t></is></c></row>";

        for (boolean date1904 : new boolean[] {false, true}) {
            Path file = Workbooks.handWritten(dir.resolve("excel-" + date1904 + ".xlsx"), date1904, strings, sheet);
            LocalDate day = date1904 ? LocalDate.of(2025, 1, 7) : LocalDate.of(2021, 1, 6);

            List<Sale> sales = new ArrayList<>();
            SaleSourceReport report = new ExportSaleSource(ExportFile.of(file)).read(SaleQuery.all(), sales::add);

            assertThat(sales)
                    .containsExactly(
                            new Sale(900001, "2xOmnie", day, new Customer(501, "Gebäude Müller"), "", null),
                            new Sale(900002, "BellaBot", day, new Customer(502, ""), "", new BigDecimal("1234.5")),
                            new Sale(900003, "KettyBot", day, null, "", null));
            assertThat(report.unreadable().examples())
                    .containsExactly(file + ", sheet 'Verkäufe', row 3: Amount '#N/A' is not an amount (expected"
                            + " 1234.50, 1.234,50 €, € 2.000 or 1,234.50 EUR) (left empty)");
        }
    }

    @Test
    void read_sharedStringsWithPhoneticGuidesEmptyEntriesAndInlineRichText_keepsEveryValueInItsPlace()
            throws IOException {
        // Reported against other readers: a phonetic guide (<rPh>, written by Japanese IMEs) appended to the value
        // (ExcelDataReader#12, agent-os#2054), an empty <si><t/></si> shifting later indexes (OfficeXML4D#12),
        // rich-text runs read as separate strings (exceljs#1431), inline rich text (radzen-blazor#2710).
        String strings = "<si><t>Sale ID</t></si><si><t>Stichwort</t></si><si><t>Firmen-ID</t></si><si><t/></si>"
                + "<si><t>東京都</t><rPh sb=\"0\" eb=\"3\"><t>トウキョウト</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><r><t xml:space=\"preserve\">2x </t></r><r><rPr><b/></rPr><t>Omnie</t></r></si>";
        String sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>4</v></c><c r=\"C2\"><v>5</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" t=\"s\"><v>5</v></c><c r=\"C3\"><v>5</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\"><v>3</v></c><c r=\"B4\" t=\"inlineStr\"><is><r><t>Bella</t></r><r><t>Bot</t>"
                + "</r></is></c><c r=\"C4\"><v>5</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\"><v>4</v></c><c r=\"B5\" t=\"s\"><v>3</v></c><c r=\"C5\"><v>5</v></c></row>";
        Path file = Workbooks.handWritten(dir.resolve("strings.xlsx"), false, strings, sheet);

        assertThat(read(ExportFile.of(file)))
                .extracting(Sale::heading)
                .containsExactly("東京都", "2x Omnie", "BellaBot", "");
    }

    @Test
    void read_recipientListAsWorkbook_givesTextCells() throws IOException {
        Path file = Workbooks.write(
                dir.resolve("empfaenger.xlsx"),
                "Empfänger",
                List.of(row("to", "sale", "anlass", "seit"), row(380, 342243, "Messe", LocalDate.of(2025, 1, 7))));

        CsvTable table = new CsvTableReader().read(file);

        assertThat(table.headers()).containsExactly("to", "sale", "anlass", "seit");
        assertThat(table.rows().get(0).values())
                .containsExactly(
                        Map.entry("to", "380"),
                        Map.entry("sale", "342243"),
                        Map.entry("anlass", "Messe"),
                        Map.entry("seit", "2025-01-07"));
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.format()).isEqualTo("Excel workbook, sheet 'Empfänger'");
    }

    @Test
    void isDateFormat_builtInAndCustomCodes_tellDatesFromNumbers() {
        assertThat(ExcelDates.isDateFormat(14, "mm-dd-yy")).isTrue();
        assertThat(ExcelDates.isDateFormat(164, "dd/mm/yyyy\\ hh:mm")).isTrue();
        assertThat(ExcelDates.isDateFormat(165, "[$-407]dd. mmmm yyyy")).isTrue();
        assertThat(ExcelDates.isDateFormat(166, "[h]:mm:ss")).isTrue();
        assertThat(ExcelDates.isDateFormat(167, "#,##0.00 \"€\"")).isFalse();
        assertThat(ExcelDates.isDateFormat(168, "[Red]#,##0.00;[Blue]-#,##0.00"))
                .isFalse();
        assertThat(ExcelDates.isDateFormat(169, "0.00\" days\"")).isFalse();
        assertThat(ExcelDates.isDateFormat(0, "General")).isFalse();
        assertThat(ExcelDates.isDateFormat(null, null)).isFalse();
    }
}
