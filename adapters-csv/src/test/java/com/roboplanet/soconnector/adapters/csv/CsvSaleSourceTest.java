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
import java.io.IOException;
import java.math.BigDecimal;
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

class CsvSaleSourceTest {
    private static final SaleQuery ALL = new SaleQuery(0, null, null, true);

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("sales.csv"), content, StandardCharsets.UTF_8);
    }

    private List<Sale> readAll(Path file, Map<String, String> overrides, SaleQuery query) {
        List<Sale> sales = new ArrayList<>();
        new CsvSaleSource(file, overrides).read(query, sales::add);
        return sales;
    }

    private List<Sale> readAll(Path file) {
        return readAll(file, Map.of(), ALL);
    }

    private SaleSourceException failure(Path file, Map<String, String> overrides, SaleQuery query) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> readAll(file, overrides, query));
        assertThat(thrown).isInstanceOf(SaleSourceException.class);
        SaleSourceException e = (SaleSourceException) thrown;
        assertThat(e.kind()).isEqualTo(Kind.INVALID_INPUT);
        return e;
    }

    @Test
    void read_whenAllColumnsPresent_mapsEveryField() throws IOException {
        Path file = file(
                "SaleId,SaleDate,CustomerId,CustomerName,SalesRep,Heading,Amount,Status\n"
                        + "342243,2024-03-01,1001,Müller Reinigung GmbH,Anna Schmidt,2xOmnie CD-01 mit Nachlass,12500.00,Sold\n");

        assertThat(readAll(file))
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
                " SaleId , Heading ,CustomerId,CustomerName,SaleDate,SalesRep"
            })
    void read_whenHeaderWrittenAnotherWay_recognisesIt(String header) throws IOException {
        Path file = file(header + "\n7,BellaBot x2,42,Hotel Adler,2024-05-06,Ben Weber\n");

        assertThat(readAll(file))
                .containsExactly(new Sale(
                        7,
                        "BellaBot x2",
                        LocalDate.of(2024, 5, 6),
                        new Customer(42, "Hotel Adler"),
                        "Ben Weber",
                        null));
    }

    @Test
    void read_whenTwoHeadersFitOneColumn_prefersTheMoreSpecificName() throws IOException {
        Path file = file("Date,Heading,SaleDate,SaleId\n2020-01-01,a,2024-03-01,1\n");

        assertThat(readAll(file)).extracting(Sale::date).containsExactly(LocalDate.of(2024, 3, 1));
    }

    @Test
    void read_whenOnlyRequiredColumns_leavesTheRestEmpty() throws IOException {
        Path file = file("SaleId,Heading\n7,KettyBot\n");

        assertThat(readAll(file)).containsExactly(new Sale(7, "KettyBot", null, null, "", null));
    }

    @Test
    void read_whenBomAndSemicolons_readsLikeExcelExport() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(
                file,
                ("\uFEFFSaleId;SaleDate;CustomerId;CustomerName;Heading;Amount\r\n"
                                + "8;01.03.2024;42;\"Café \"\"Zur Post\"\"; Inh. Meier\";3 Stk. BellaBot;1.234,50\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file))
                .containsExactly(new Sale(
                        8,
                        "3 Stk. BellaBot",
                        LocalDate.of(2024, 3, 1),
                        new Customer(42, "Café \"Zur Post\"; Inh. Meier"),
                        "",
                        new BigDecimal("1234.50")));
    }

    @Test
    void read_whenHeaderHasQuotedDelimiters_detectsTheRealDelimiter() throws IOException {
        Path file = file("\"Sale,Id\";Heading;\"a,b,c\"\n1;Omnie;x\n");

        List<Sale> sales = readAll(file, Map.of("saleId", "Sale,Id"), ALL);

        assertThat(sales).extracting(Sale::heading).containsExactly("Omnie");
    }

    @Test
    void read_whenColumnOverridden_usesTheNamedHeader() throws IOException {
        Path file = file("Verkauf Nr,Titel,Firma Nr,Firma\n5,HolaBot Miete,9,Bäckerei Kunz\n");

        List<Sale> sales = readAll(
                file,
                Map.of("saleId", "Verkauf Nr", "heading", "titel", "customerId", "Firma Nr", "customerName", "Firma"),
                ALL);

        assertThat(sales)
                .containsExactly(new Sale(5, "HolaBot Miete", null, new Customer(9, "Bäckerei Kunz"), "", null));
    }

    @Test
    void read_whenOverrideKeyUnknown_listsTheValidKeys() throws IOException {
        Path file = file("SaleId,Heading\n1,x\n");

        assertThat(failure(file, Map.of("title", "Heading"), ALL))
                .hasMessage(file + ": unknown --column key 'title' (valid keys: saleId, heading, customerId, "
                        + "customerName, saleDate, salesRep, amount, status)");
    }

    @Test
    void read_whenOverrideNamesNoColumn_saysWhatWasFound() throws IOException {
        Path file = file("SaleId,Heading\n1,x\n");

        assertThat(failure(file, Map.of("saleDate", "Datum"), ALL))
                .hasMessage(file + ": --column saleDate=Datum names no column (found: SaleId, Heading)");
    }

    @Test
    void read_whenSaleIdColumnMissing_explainsAndSuggestsAnOverride() throws IOException {
        Path file = file("a,b,c\n1,2,3\n");

        assertThat(failure(file, Map.of(), ALL))
                .hasMessage(file + ": no column for SaleId (expected one of SaleId; found: a, b, c); "
                        + "map one with --column saleId=HEADER");
    }

    @Test
    void read_whenHeadingColumnMissing_namesBothAcceptedHeaders() throws IOException {
        Path file = file("SaleId,Title\n1,x\n");

        assertThat(failure(file, Map.of(), ALL))
                .hasMessage(
                        file + ": no column for Heading (expected one of Heading, SaleHeading; found: SaleId, Title); "
                                + "map one with --column heading=HEADER");
    }

    @Test
    void read_whenSaleIdNotANumber_namesFileAndLine() throws IOException {
        Path file = file("SaleId,Heading\n1,ok\n2,ok\nabc,bad\n");

        assertThat(failure(file, Map.of(), ALL)).hasMessage(file + ":4: SaleId 'abc' is not a positive whole number");
    }

    @Test
    void read_whenMultiLineFieldPrecedes_reportsThePhysicalLine() throws IOException {
        Path file = file("SaleId,Heading\n1,\"two\nlines\"\n\n2,ok\n0,bad\n");

        assertThat(failure(file, Map.of(), ALL)).hasMessage(file + ":6: SaleId '0' is not a positive whole number");
    }

    @Test
    void read_whenDateMalformed_namesLineAndExpectedFormats() throws IOException {
        Path file = file("SaleId,Heading,SaleDate\n1,x,2024-13-01\n");

        assertThat(failure(file, Map.of(), ALL))
                .hasMessage(
                        file
                                + ":2: SaleDate '2024-13-01' is not a date (expected 2024-03-01, 2024-03-01T10:15:00 or 01.03.2024)");
    }

    @Test
    void read_whenFieldCountWrong_namesLineAndCounts() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,x,5\n2,BellaBot, Pro,5\n");

        assertThat(failure(file, Map.of(), ALL))
                .hasMessage(file
                        + ":3: expected 3 fields like the header, found 4 (a quote or delimiter too many or too few?)");
    }

    @Test
    void read_whenLastLineHasNoNewline_stillNamesItsLine() throws IOException {
        Path file = file("SaleId,Heading\n1,x\n-2,y");

        assertThat(failure(file, Map.of(), ALL)).hasMessage(file + ":3: SaleId '-2' is not a positive whole number");
    }

    @Test
    void read_whenQuoteNeverCloses_reportsTheLineItStarts() throws IOException {
        Path file = file("SaleId,Heading\n1,x\n2,\"open\n3,y\n");

        assertThat(failure(file, Map.of(), ALL).getMessage()).startsWith(file + ":3: ");
    }

    @Test
    void read_whenNotUtf8_saysSo() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "SaleId,Heading\n1,Bürste\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(failure(file, Map.of(), ALL).getMessage()).contains("not valid UTF-8 text");
    }

    @Test
    void read_whenFileMissing_namesThePath() {
        Path file = dir.resolve("nope.csv");

        assertThat(failure(file, Map.of(), ALL)).hasMessage(file + ": file not found");
    }

    @Test
    void read_whenFileEmpty_asksForAHeader() throws IOException {
        Path file = file("");

        assertThat(failure(file, Map.of(), ALL)).hasMessage(file + ": the file is empty; expected a header line");
    }

    @Test
    void read_whenCustomerIdEmptyOrZero_givesSaleWithoutCustomer() throws IOException {
        Path file = file("SaleId,Heading,CustomerId,CustomerName\n1,a,,\n2,b,0,\n3,c,17,Zoo Leipzig\n");

        assertThat(readAll(file))
                .extracting(Sale::customer)
                .containsExactly(null, null, new Customer(17, "Zoo Leipzig"));
    }

    @Test
    void read_whenRowsBlank_skipsThem() throws IOException {
        Path file = file("SaleId;Heading;CustomerId\n1;a;2\n;;\n\n2;b;3\n");

        assertThat(readAll(file)).extracting(Sale::id).containsExactly(1L, 2L);
    }

    @Test
    void read_whenDatesInEveryFormat_readsTheDay() throws IOException {
        Path file = file("SaleId,Heading,SaleDate\n"
                + "1,a,2024-03-01\n2,b,2024-03-01T14:30:00\n3,c,01.03.2024\n4,d,1.3.2024\n"
                + "5,e,0001-01-01T00:00:00\n6,f,\n7,g,2024-03-01 14:30:00\n");

        LocalDate day = LocalDate.of(2024, 3, 1);
        assertThat(readAll(file)).extracting(Sale::date).containsExactly(day, day, day, day, null, null, day);
    }

    @Test
    void read_whenLimitSet_stopsAfterTheFirstSales() throws IOException {
        Path file = file("SaleId,Heading\n1,a\n2,b\n3,c\nnot-read,d\n");

        List<Sale> sales = readAll(file, Map.of(), new SaleQuery(3, null, null, true));

        assertThat(sales).extracting(Sale::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void read_whenSinceSet_leavesOutOlderAndUndatedSales() throws IOException {
        Path file = file("SaleId,Heading,SaleDate\n1,a,2024-02-29\n2,b,2024-03-01\n3,c,\n4,d,15.04.2024\n");

        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new CsvSaleSource(file, Map.of())
                .read(new SaleQuery(0, LocalDate.of(2024, 3, 1), null, true), sales::add);

        assertThat(sales).extracting(Sale::id).containsExactly(2L, 4L);
        assertThat(report.notes()).containsExactly("1 sales without a date were left out by the since filter");
    }

    @Test
    void read_whenLimitAndSinceSet_countsOnlySalesThatPass() throws IOException {
        Path file = file("SaleId,Heading,SaleDate\n1,a,2023-01-01\n2,b,2024-03-01\n3,c,2024-03-02\n");

        List<Sale> sales = readAll(file, Map.of(), new SaleQuery(1, LocalDate.of(2024, 1, 1), null, true));

        assertThat(sales).extracting(Sale::id).containsExactly(2L);
    }

    @Test
    void read_whenStatusFilterSet_keepsOnlyThatStatus() throws IOException {
        Path file = file("SaleId,Heading,Status\n1,a,Open\n2,b,sold\n3,c,[SR_SALE_SOLD]\n4,d,Verkauft\n5,e,3\n6,f,2\n");

        List<Sale> sales = readAll(file, Map.of(), new SaleQuery(0, null, SaleStatus.SOLD, true));

        assertThat(sales).extracting(Sale::id).containsExactly(2L, 3L, 4L, 6L);
    }

    @Test
    void read_whenStatusFilterButNoStatusColumn_refuses() throws IOException {
        Path file = file("SaleId,Heading\n1,a\n");

        assertThat(failure(file, Map.of(), new SaleQuery(0, null, SaleStatus.OPEN, true)))
                .hasMessage(file + ": cannot filter by status: the file has no Status column (found: SaleId, Heading); "
                        + "map one with --column status=HEADER");
    }

    @Test
    void read_whenStatusUnknownWhileFiltering_namesTheLine() throws IOException {
        Path file = file("SaleId,Heading,SaleStatus\n1,a,Open\n2,b,maybe\n");

        assertThat(failure(file, Map.of(), new SaleQuery(0, null, SaleStatus.OPEN, true)))
                .hasMessage(file + ":3: Status 'maybe' is not a sale status (open, sold, lost, stalled)");
    }

    @Test
    void read_always_leavesTheCustomerFilterToTheUseCase() throws IOException {
        Path file = file("SaleId,Heading,CustomerId\n1,a,\n2,b,5\n");

        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new CsvSaleSource(file, Map.of()).read(SaleQuery.latest(10), sales::add);

        assertThat(sales).hasSize(2);
        assertThat(report.customerFilterApplied()).isFalse();
        assertThat(report.requests()).isZero();
    }

    @Test
    void read_always_describesFileAndColumnsUsed() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, "\uFEFFSale ID;Date;Title\n1;;a\n".getBytes(StandardCharsets.UTF_8));

        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new CsvSaleSource(file, Map.of("heading", "Title"))
                .read(new SaleQuery(5, LocalDate.of(2024, 1, 1), null, true), sales::add);

        assertThat(report.query())
                .isEqualTo("file " + file + " (delimiter ';', UTF-8 with BOM; columns saleId=Sale ID, heading=Title, "
                        + "saleDate=Date; file order; first 5 sales; since 2024-01-01)");
    }

    @Test
    void read_whenAmountMalformed_namesLine() throws IOException {
        Path file = file("SaleId,Heading,Amount\n1,a,12 Euro\n");

        assertThat(failure(file, Map.of(), ALL))
                .hasMessage(file + ":2: Amount '12 Euro' is not a number (expected 1234.50, 1.234,50 or 1,234.50)");
    }

    @Test
    void read_whenConsumerThrows_letsTheExceptionThrough() throws IOException {
        Path file = file("SaleId,Heading\n1,a\n");
        CsvSaleSource source = new CsvSaleSource(file, Map.of());

        assertThatThrownBy(() -> source.read(ALL, sale -> {
                    throw new IllegalStateException("downstream");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("downstream");
    }
}
