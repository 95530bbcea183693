package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.model.SaleStatus;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException.Kind;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.domain.port.out.UnreadableCells;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportSaleSourceTest {
    private static final SaleQuery ALL = new SaleQuery(0, null, null, true);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("sales.csv"), content, StandardCharsets.UTF_8);
    }

    private Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private record Read(List<Sale> sales, SaleSourceReport report) {}

    private static Read read(ExportFile export, SaleQuery query) {
        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new ExportSaleSource(export).read(query, sales::add);
        return new Read(sales, report);
    }

    private static Read read(Path file) {
        return read(ExportFile.of(file), ALL);
    }

    private static List<Sale> readAll(Path file, Map<String, String> columns, SaleQuery query) {
        return read(ExportFile.of(file).withColumns(ColumnMapping.of(columns, "--column")), query)
                .sales();
    }

    private static SaleSourceException failure(ExportFile export) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(export, ALL));
        assertThat(thrown).isInstanceOf(SaleSourceException.class);
        SaleSourceException e = (SaleSourceException) thrown;
        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        return e;
    }

    private static SaleSourceException failure(Path file) {
        return failure(ExportFile.of(file));
    }

    @Test
    void read_whenAllColumnsPresent_mapsEveryField() throws IOException {
        Path file = file(
                "SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading,Amount,Status\n"
                        + "342243,2024-03-01,1001,Müller Reinigung GmbH,Anna Schmidt,2xOmnie CD-01 mit Nachlass,12500.00,Sold\n");

        assertThat(read(file).sales())
                .containsExactly(new Sale(
                        342243,
                        "2xOmnie CD-01 mit Nachlass",
                        LocalDate.of(2024, 3, 1),
                        new Customer(1001, "Müller Reinigung GmbH"),
                        "Anna Schmidt",
                        new BigDecimal("12500.00")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SaleId,Heading,CustomerId,CustomerName,SaleDate,SalesRep",
                "saleid,saleheading,contactid,contactname,date,associate",
                "Sale ID,Sale Heading,Contact ID,Contact Name,Sale Date,Sales Rep",
                "SALE_ID,SALE_HEADING,CUSTOMER_ID,CUSTOMER_NAME,SALE_DATE,SALES_REP",
                "sale-id,Heading,customer-id,Customer-Name,Date,Associate",
                " SaleId , Heading ,CustomerId,CustomerName,SaleDate,SalesRep",
                "Sale ID,Sale,Company ID,Company name,Date,Owner",
                "Sale ID,Title,Company ID,Company,Sale date,Owner",
                "Verkaufs-ID,Stichwort,Firmen-ID,Firma,Datum,Verkäufer",
                "Verkaufsnummer,Titel,Firmen-ID,Firmenname,Verkaufsdatum,Eigentümer",
                "Verkaufs-Nr.,Verkaufstitel,Firmen ID,Firma,Datum,Verkaeufer"
            })
    void read_whenHeaderWrittenAnotherWay_recognisesIt(String header) throws IOException {
        Path file = file(header + "\n7,BellaBot x2,42,Hotel Adler,2024-05-06,Ben Weber\n");

        assertThat(read(file).sales())
                .containsExactly(new Sale(
                        7,
                        "BellaBot x2",
                        LocalDate.of(2024, 5, 6),
                        new Customer(42, "Hotel Adler"),
                        "Ben Weber",
                        null));
    }

    @Test
    void read_whenCompanyAndContactIdsBothPresent_takesTheCompany() throws IOException {
        // SuperOffice's English list: "Contact ID" is the person, "Company ID" the customer.
        Path file = file("Sale ID,Sale,Contact ID,Company ID,Company name\n7,x,380,42,Hotel Adler\n");

        assertThat(read(file).sales()).extracting(Sale::customer).containsExactly(new Customer(42, "Hotel Adler"));
    }

    @Test
    void read_whenTwoHeadersFitOneColumn_prefersTheMoreSpecificName() throws IOException {
        Path file = file("Date,Heading,SaleDate,SaleId,CustomerId\n2020-01-01,a,2024-03-01,1,\n");

        assertThat(read(file).sales()).extracting(Sale::date).containsExactly(LocalDate.of(2024, 3, 1));
    }

    @Test
    void read_whenOnlyRequiredColumns_leavesTheRestEmpty() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n7,KettyBot,\n");

        assertThat(read(file).sales()).containsExactly(new Sale(7, "KettyBot", null, null, "", null));
    }

    @Test
    void read_whenBomAndSemicolons_readsLikeExcelExport() throws IOException {
        Path file = bytes(
                "excel.csv",
                ("\uFEFFSaleId;SaleDate;CustomerId;CustomerName;Heading;Amount\r\n"
                                + "8;01.03.2024;42;\"Café \"\"Zur Post\"\"; Inh. Meier\";3 Stk. BellaBot;1.234,50\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(read(file).sales())
                .containsExactly(new Sale(
                        8,
                        "3 Stk. BellaBot",
                        LocalDate.of(2024, 3, 1),
                        new Customer(42, "Café \"Zur Post\"; Inh. Meier"),
                        "",
                        new BigDecimal("1234.50")));
    }

    @Test
    void read_whenBomBeforeAQuotedFirstHeader_readsTheHeader() throws IOException {
        // Clever/csvlint#37, Cursively#14: a BOM glued to a quoted first field broke other parsers.
        Path file = bytes(
                "bom.csv", "\uFEFF\"SaleId\",\"Heading\",\"CustomerId\"\n1,a,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(read(file).sales()).containsExactly(new Sale(1, "a", null, new Customer(2, ""), "", null));
    }

    @Test
    void read_whenHeaderHasQuotedDelimiters_detectsTheRealDelimiter() throws IOException {
        Path file = file("\"Sale,Id\";Heading;\"a,b,c\";CustomerId\n1;Omnie;x;\n");

        List<Sale> sales = readAll(file, Map.of("saleId", "Sale,Id"), ALL);

        assertThat(sales).extracting(Sale::heading).containsExactly("Omnie");
    }

    @Test
    void read_whenColumnsMapped_usesTheNamedHeaders() throws IOException {
        Path file = file("Verkauf Nr,Bezeichnung,Kunde Nr,Kunde\n5,HolaBot Miete,9,Bäckerei Kunz\n");

        List<Sale> sales = readAll(
                file,
                Map.of(
                        "saleId",
                        "Verkauf Nr",
                        "heading",
                        "bezeichnung",
                        "customerId",
                        "Kunde Nr",
                        "customerName",
                        "Kunde"),
                ALL);

        assertThat(sales)
                .containsExactly(new Sale(5, "HolaBot Miete", null, new Customer(9, "Bäckerei Kunz"), "", null));
    }

    @Test
    void read_whenSavedMappingAndFlagDisagree_theFlagWins() throws IOException {
        Path file = file("Nr,Alt,Neu,Kunde\n5,old,new,9\n");
        ColumnMapping saved = ColumnMapping.parse("saleId=Nr,heading=Alt,customerId=Kunde", "SO_CSV_COLUMNS");
        ColumnMapping flags = ColumnMapping.of(Map.of("heading", "Neu"), "--column");

        List<Sale> sales = read(ExportFile.of(file).withColumns(saved.overriddenBy(flags)), ALL)
                .sales();

        assertThat(sales).extracting(Sale::heading).containsExactly("new");
    }

    @Test
    void read_whenMappingNamesNoColumn_saysWhatWasFoundAndHowToFix() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,x,2\n");

        assertThat(failure(ExportFile.of(file).withColumns(ColumnMapping.parse("saleDate=Datum", "SO_CSV_COLUMNS")))
                        .getMessage())
                .isEqualTo(file + ":1: SO_CSV_COLUMNS saleDate=Datum names no column; found: SaleId, Heading,"
                        + " CustomerId. Name your columns: --column saleDate=HEADER (or SO_CSV_COLUMNS=saleDate=HEADER"
                        + " in .env)");
    }

    @Test
    void read_whenSeveralRequiredColumnsMissing_namesThemAllInOneMessage() throws IOException {
        Path file = file("Nummer;Bezeichnung;Kunde;Datum\n1;x;Adler;07.01.2025\n");

        assertThat(failure(file).getMessage())
                .isEqualTo(file + ":1: no column for saleId (looked for SaleId, Sale ID, Verkaufs-ID, Verkaufsnummer,"
                        + " Verkaufs-Nr.); no column for heading (looked for Heading, Sale Heading, Title, Stichwort,"
                        + " Titel, Verkaufstitel, Sale, Verkauf); no column for customerId (looked for CustomerId,"
                        + " Company ID, Firmen-ID, Contact ID); found: Nummer, Bezeichnung, Kunde, Datum. Name your"
                        + " columns: --column saleId=HEADER --column heading=HEADER --column customerId=HEADER (or"
                        + " SO_CSV_COLUMNS=saleId=HEADER,heading=HEADER,customerId=HEADER in .env)");
    }

    @Test
    void read_whenCustomerColumnMissing_failsInsteadOfReadingSalesWithoutCustomer() throws IOException {
        Path file = file("Sale ID;Sale Heading;Date\n900001;2xOmnie;07.01.2025\n");

        SaleSourceException e = failure(file);

        assertThat(e.getMessage())
                .startsWith(file + ":1: no column for customerId (looked for CustomerId, Company ID, Firmen-ID,"
                        + " Contact ID); found: Sale ID, Sale Heading, Date.")
                .endsWith("--column customerId=HEADER (or SO_CSV_COLUMNS=customerId=HEADER in .env)");
    }

    @Test
    void read_whenHeaderOnlyAfterBlankLinesAndTrailingDelimiters_findsIt() throws IOException {
        Path file = file("\n;;;\nSaleId;Heading;CustomerId;;\n1;a;2;;\n");

        assertThat(read(file).sales()).extracting(Sale::id).containsExactly(1L);
    }

    /** A second tester's case: an export with a header and no rows replaced the last report with an empty one. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "SaleId;Heading;CustomerId\n",
                "SaleId;Heading;CustomerId\n;;\n\n",
                "sep=;\nSaleId;Heading;CustomerId\n"
            })
    void read_whenOnlyAHeader_refusesSoThatNoEmptyReportReplacesTheLast(String content) throws IOException {
        Path file = file(content);

        assertThatThrownBy(() -> read(file))
                .hasMessageContaining("a header and no rows: there are no sales to report; nothing was written");
    }

    @Test
    void read_whenSaleIdUnreadable_skipsTheRowAndListsIt() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,ok,5\nabc,bad,5\n,empty,5\n0,zero,5\n3,ok,5\n");

        Read read = read(file);

        assertThat(read.sales()).extracting(Sale::id).containsExactly(1L, 3L);
        assertThat(read.report().unreadable())
                .isEqualTo(new UnreadableCells(
                        0,
                        3,
                        List.of(
                                file + ":3: SaleId 'abc' is not a whole number (row skipped)",
                                file + ":4: SaleId is empty (row skipped)",
                                file + ":5: SaleId '0' is not a positive whole number (row skipped)")));
    }

    @Test
    void read_whenOneAmountUnreadable_leavesItEmptyAndGoesOn() throws IOException {
        Path file = file("SaleId,Heading,CustomerId,CustomerName,Amount\n1,a,5,Adler,12 Euro\n2,b,6,Kunz,99.50\n");

        Read read = read(file);

        assertThat(read.sales())
                .containsExactly(
                        new Sale(1, "a", null, new Customer(5, "Adler"), "", null),
                        new Sale(2, "b", null, new Customer(6, "Kunz"), "", new BigDecimal("99.50")));
        assertThat(read.report().unreadable())
                .isEqualTo(new UnreadableCells(
                        1,
                        0,
                        List.of(file + ":2: Amount '12 Euro' is not an amount (expected 1234.50, 1.234,50 €,"
                                + " € 2.000 or 1,234.50 EUR) (left empty)")));
    }

    @Test
    void read_whenManyCellsUnreadable_countsAllAndListsTheFirstFive() throws IOException {
        StringBuilder content = new StringBuilder("SaleId,Heading,CustomerId,SaleDate\n");
        for (int i = 1; i <= 8; i++) {
            content.append(i).append(",h,5,31.02.2024\n");
        }
        Path file = file(content.toString());

        Read read = read(file);

        assertThat(read.sales()).hasSize(8).allSatisfy(s -> assertThat(s.date()).isNull());
        assertThat(read.report().unreadable().cellsLeftEmpty()).isEqualTo(8);
        assertThat(read.report().unreadable().examples())
                .hasSize(5)
                .first()
                .asString()
                .startsWith(file + ":2: SaleDate '31.02.2024' is not a date");
    }

    /** M2: however many dates fail first, every skipped row (a sale lost) is named, before the cells left empty. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 12})
    void read_skippedRowsAfterManyEmptiedCells_areListedFirstWithTheirLines(int badDatesBefore) throws IOException {
        StringBuilder content = new StringBuilder("SaleId,Heading,CustomerId,SaleDate\n");
        for (int i = 1; i <= badDatesBefore; i++) {
            content.append(i).append(",h,5,31.02.2024\n");
        }
        content.append("abc,lost,5,01.02.2024\n9E+5,lost,5,01.02.2024\n");
        Path file = file(content.toString());
        long firstSkipped = badDatesBefore + 2;

        List<String> examples = read(file).report().unreadable().examples();

        assertThat(examples.subList(0, 2))
                .containsExactly(
                        file + ":" + firstSkipped + ": SaleId 'abc' is not a whole number (row skipped)",
                        file + ":" + (firstSkipped + 1) + ": SaleId '9E+5' is in scientific notation, which has lost"
                                + " digits: format the column as a number without decimals (Excel: Format Cells,"
                                + " Number) and export again (row skipped)");
        assertThat(examples).hasSize(2 + Math.min(badDatesBefore, UnreadableCells.EXAMPLES_KEPT));
    }

    @Test
    void read_whenMultiLineFieldPrecedes_reportsThePhysicalLine() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,\"two\nlines\",5\n\n2,ok,5\n0,bad,5\n");

        assertThat(read(file).report().unreadable().examples())
                .containsExactly(file + ":6: SaleId '0' is not a positive whole number (row skipped)");
    }

    @Test
    void read_whenRowHasFieldsBeyondTheHeader_skipsItNamingTheCounts() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,x,5\n2,BellaBot, Pro,5\n3,y,\n");

        Read read = read(file);

        assertThat(read.sales()).extracting(Sale::id).containsExactly(1L, 3L);
        assertThat(read.report().unreadable().examples())
                .containsExactly(
                        file + ":3: 4 fields, but the header has 3 (a quote or delimiter too many?) (row skipped)");
    }

    @Test
    void read_whenRowShorterThanHeader_readsTheMissingCellsAsEmpty() throws IOException {
        Path file = file("SaleId,Heading,CustomerId,Amount\n1,x,5\n");

        assertThat(read(file).sales()).containsExactly(new Sale(1, "x", null, new Customer(5, ""), "", null));
    }

    @Test
    void read_whenQuoteNeverCloses_reportsTheLineItStarts() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,x,5\n2,\"open\n3,y,5\n");

        assertThat(failure(file).getMessage()).startsWith(file + ":3: ");
    }

    @Test
    void read_whenWindows1252_readsUmlautsAndSaysSo() throws IOException {
        Path file = bytes(
                "latin.csv", "SaleId;Heading;CustomerId;CustomerName\n1;Bürste;5;Müller\n".getBytes(WINDOWS_1252));

        Read read = read(file);

        assertThat(read.sales()).containsExactly(new Sale(1, "Bürste", null, new Customer(5, "Müller"), "", null));
        assertThat(read.report().notes())
                .containsExactly("read as Windows-1252: not valid UTF-8 (line 2, byte offset 42)");
        assertThat(read.report().query()).contains("(Windows-1252, delimiter ';'; columns");
    }

    @Test
    void read_whenEncodingForced_usesItWithoutGuessing() throws IOException {
        Path file = bytes("latin.csv", "SaleId;Heading;CustomerId\n1;Bürste;5\n".getBytes(StandardCharsets.ISO_8859_1));

        Read read = read(ExportFile.of(file).withEncoding(ExportFile.encodingNamed("ISO-8859-1")), ALL);

        assertThat(read.sales()).extracting(Sale::heading).containsExactly("Bürste");
        assertThat(read.report().notes()).isEmpty();
        assertThat(read.report().query()).contains("(ISO-8859-1 (as given), delimiter ';'");
    }

    @Test
    void read_whenForcedUtf8ButBytesAreNot_namesLineAndOffset() throws IOException {
        Path file = bytes("latin.csv", "SaleId;Heading;CustomerId\n1;ok;5\n2;Bürste;5\n".getBytes(WINDOWS_1252));

        assertThat(failure(ExportFile.of(file).withEncoding(StandardCharsets.UTF_8))
                        .getMessage())
                .isEqualTo(file + ":3: not valid UTF-8 at line 3, byte offset 36 (1 byte that UTF-8 cannot read);"
                        + " save it as \"CSV UTF-8\", or name its encoding with --encoding NAME");
    }

    @Test
    void read_whenFileMissing_namesThePath() {
        Path file = dir.resolve("nope.csv");

        assertThat(failure(file)).hasMessage(file + ": file not found");
    }

    @Test
    void read_whenFileEmpty_asksForAHeader() throws IOException {
        Path file = file("");

        assertThat(failure(file)).hasMessage(file + ": the file is empty; expected a header line");
    }

    @Test
    void read_whenOldExcelWorkbook_saysHowToSaveIt() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path file = bytes("sales.xls", ole2);

        assertThat(failure(file).getMessage())
                .isEqualTo(file + ": an Excel 97-2003 workbook (.xls) or a"
                        + " password-protected workbook; save it as .xlsx without a password, or as \"CSV UTF-8\"");
    }

    @Test
    void read_whenZipButNoWorkbook_saysSo() throws IOException {
        Path file = dir.resolve("sales.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("sales.csv"));
            zip.write("SaleId\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(failure(file).getMessage())
                .isEqualTo(file + ": a zip archive, but not an Excel workbook (no xl/workbook.xml); give the .xlsx or a"
                        + " CSV file");
    }

    @Test
    void read_whenCustomerIdEmptyOrZero_givesSaleWithoutCustomer() throws IOException {
        Path file = file("SaleId,Heading,CustomerId,CustomerName\n1,a,,\n2,b,0,\n3,c,17,Zoo Leipzig\n");

        assertThat(read(file).sales())
                .extracting(Sale::customer)
                .containsExactly(null, null, new Customer(17, "Zoo Leipzig"));
    }

    @Test
    void read_whenRowsBlank_skipsThem() throws IOException {
        Path file = file("SaleId;Heading;CustomerId\n1;a;2\n;;\n\n2;b;3\n");

        assertThat(read(file).sales()).extracting(Sale::id).containsExactly(1L, 2L);
    }

    @Test
    void read_whenDatesInEveryFormat_readsTheDay() throws IOException {
        Path file = file("SaleId,Heading,CustomerId,SaleDate\n"
                + "1,a,,2024-03-01\n2,b,,2024-03-01T14:30:00\n3,c,,01.03.2024\n4,d,,1.3.2024\n"
                + "5,e,,0001-01-01T00:00:00\n6,f,,\n7,g,,2024-03-01 14:30:00\n8,h,,01.03.2024 09:15\n"
                + "9,i,,1.3.24\n10,j,,45352\n");

        LocalDate day = LocalDate.of(2024, 3, 1);
        assertThat(read(file).sales())
                .extracting(Sale::date)
                .containsExactly(day, day, day, day, null, null, day, day, day, day);
    }

    @Test
    void read_whenLimitSet_stopsAfterTheFirstSales() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,a,\n2,b,\n3,c,\nnot-read,d,\n");

        List<Sale> sales = readAll(file, Map.of(), new SaleQuery(3, null, null, true));

        assertThat(sales).extracting(Sale::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void read_whenSinceSet_leavesOutOlderAndUndatedSales() throws IOException {
        Path file =
                file("SaleId,Heading,CustomerId,SaleDate\n1,a,,2024-02-29\n2,b,,2024-03-01\n3,c,,\n4,d,,15.04.2024\n");

        Read read = read(ExportFile.of(file), new SaleQuery(0, LocalDate.of(2024, 3, 1), null, true));

        assertThat(read.sales()).extracting(Sale::id).containsExactly(2L, 4L);
        assertThat(read.report().notes()).containsExactly("1 sales without a date were left out by the since filter");
    }

    @Test
    void read_whenStatusFilterSet_keepsOnlyThatStatus() throws IOException {
        Path file = file("SaleId,Heading,CustomerId,Status\n1,a,,Open\n2,b,,sold\n3,c,,[SR_SALE_SOLD]\n4,d,,Verkauft\n"
                + "5,e,,3\n6,f,,2\n7,g,,maybe\n");

        Read read = read(ExportFile.of(file), new SaleQuery(0, null, SaleStatus.SOLD, true));

        assertThat(read.sales()).extracting(Sale::id).containsExactly(2L, 3L, 4L, 6L);
        assertThat(read.report().unreadable().examples())
                .containsExactly(
                        file + ":8: Status 'maybe' is not a sale status (open, sold, lost, stalled) (left empty)");
    }

    @Test
    void read_whenStatusFilterButNoStatusColumn_refuses() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,a,\n");

        assertThat(failure(file, new SaleQuery(0, null, SaleStatus.OPEN, true)))
                .hasMessage(file + ": cannot filter by status: the file has no Status column (found: SaleId, Heading,"
                        + " CustomerId); map one with --column status=HEADER");
    }

    private static SaleSourceException failure(Path file, SaleQuery query) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(ExportFile.of(file), query));
        assertThat(thrown).isInstanceOf(SaleSourceException.class);
        return (SaleSourceException) thrown;
    }

    @Test
    void read_always_leavesTheCustomerFilterToTheUseCase() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,a,\n2,b,5\n");

        Read read = read(ExportFile.of(file), SaleQuery.latest(10));

        assertThat(read.sales()).hasSize(2);
        assertThat(read.report().customerFilterApplied()).isFalse();
        assertThat(read.report().requests()).isZero();
    }

    @Test
    void read_always_describesFileFormatAndColumnsUsed() throws IOException {
        Path file = bytes("bom.csv", "\uFEFFSale ID;Date;Title;Company ID\n1;;a;\n".getBytes(StandardCharsets.UTF_8));

        Read read = read(
                ExportFile.of(file).withColumns(ColumnMapping.of(Map.of("heading", "Title"), "--column")),
                new SaleQuery(5, LocalDate.of(2024, 1, 1), null, true));

        assertThat(read.report().query())
                .isEqualTo("file " + file + " (UTF-8 with BOM, delimiter ';'; columns saleId=Sale ID,"
                        + " heading=Title, customerId=Company ID, saleDate=Date; file order; first 5 sales; since"
                        + " 2024-01-01)");
    }

    @Test
    void read_whenSepLine_describesWhereTheDelimiterCameFrom() throws IOException {
        Path file = file("sep=|\nSaleId|Heading|CustomerId\n1|a,b;c|\n");

        Read read = read(file);

        assertThat(read.sales()).extracting(Sale::heading).containsExactly("a,b;c");
        assertThat(read.report().query()).contains("(UTF-8, delimiter '|' (from the sep= line); columns");
    }

    @Test
    void read_whenConsumerThrows_letsTheExceptionThrough() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,a,\n");
        ExportSaleSource source = new ExportSaleSource(ExportFile.of(file));

        assertThatThrownBy(() -> source.read(ALL, sale -> {
                    throw new IllegalStateException("downstream");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("downstream");
    }
}
