package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.Sale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleRowsTest {
    private static final String ROUTE = "GET v1/Sale?$top=1";
    private static final MultiLanguageText ENGLISH = MultiLanguageText.forLanguage("en");

    private static JsonNode row(String json) throws Exception {
        return Json.MAPPER.readTree(json);
    }

    @Test
    void toSale_whenSlimRow_readsCamelCaseColumnsWithSlashes() throws Exception {
        Sale sale = SaleRows.toSale(
                row("{\"PrimaryKey\":\"7\",\"saleId\":7,\"heading\":\"2x Omnie\",\"date\":\"2024-05-06T13:00:00\","
                        + "\"amount\":1500.5,\"hasQuote\":true,\"contact/contactId\":42,\"contact/name\":\"Acme\","
                        + "\"associate/fullName\":\"Ann Rep\"}"),
                ROUTE,
                List.of(),
                ENGLISH);
        assertThat(sale.id()).isEqualTo(7);
        assertThat(sale.heading()).isEqualTo("2x Omnie");
        assertThat(sale.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(sale.amount()).isEqualByComparingTo(new BigDecimal("1500.5"));
        assertThat(sale.hasQuote()).isTrue();
        assertThat(sale.customer().contactId()).isEqualTo(42);
        assertThat(sale.customer().name()).isEqualTo("Acme");
        assertThat(sale.salesRep()).isEqualTo("Ann Rep");
    }

    @Test
    void toSale_whenSentinelDateAndContactZero_hasNoDateAndNoCustomer() throws Exception {
        Sale sale = SaleRows.toSale(
                row("{\"saleId\":\"8\",\"date\":\"0001-01-01T00:00:00\",\"contact/contactId\":0,\"amount\":\"12\"}"),
                ROUTE,
                List.of(),
                ENGLISH);
        assertThat(sale.date()).isNull();
        assertThat(sale.customer()).isNull();
        assertThat(sale.amount()).isEqualByComparingTo("12");
    }

    @Test
    void toSale_whenColumnNotANumber_failsNamingColumnSaleAndRoute() {
        assertThatThrownBy(() ->
                        SaleRows.toSale(row("{\"saleId\":9,\"contact/contactId\":\"abc\"}"), ROUTE, List.of(), ENGLISH))
                .isInstanceOf(SuperOfficeApiException.class)
                .hasMessage("SuperOffice answered GET v1/Sale?$top=1: column contact/contactId of sale 9 is not a"
                        + " number: 'abc'");
    }

    @Test
    void missingColumns_whenHeadingAbsent_namesIt() throws Exception {
        assertThat(SaleRows.missingColumns(
                        row("{\"saleId\":1,\"date\":null,\"amount\":1,\"saleStatus\":\"Open\","
                                + "\"hasQuote\":false,\"contact/contactId\":1,\"contact/name\":\"\","
                                + "\"associate/fullName\":\"\"}"),
                        SaleRows.COLUMNS))
                .containsExactly("heading");
    }

    @Test
    void toSale_whenUdfColumnsOfAnyShape_keepsTheirTextAndSkipsUnset() throws Exception {
        Sale sale = SaleRows.toSale(
                row("{\"saleId\":7,\"saleUdef/SuperOffice:1\":\" RR-02-017-OMNIE \",\"saleUdef/SuperOffice:2\":3,"
                        + "\"saleUdef/SuperOffice:3\":{\"Id\":4,\"Value\":\"PD-BB-01\"},\"saleUdef/SuperOffice:4\":\"\","
                        + "\"saleUdef/SuperOffice:5\":null}"),
                ROUTE,
                List.of(
                        "saleUdef/SuperOffice:1",
                        "saleUdef/SuperOffice:2",
                        "saleUdef/SuperOffice:3",
                        "saleUdef/SuperOffice:4",
                        "saleUdef/SuperOffice:5",
                        "saleUdef/SuperOffice:6"),
                ENGLISH);
        assertThat(sale.userDefinedFields())
                .containsOnly(
                        Map.entry("saleUdef/SuperOffice:1", "RR-02-017-OMNIE"),
                        Map.entry("saleUdef/SuperOffice:2", "3"),
                        Map.entry("saleUdef/SuperOffice:3", "{\"Id\":4,\"Value\":\"PD-BB-01\"}"));
    }

    @Test
    void toSale_whenListUdfInSeveralLanguages_keepsTheConfiguredLanguage() throws Exception {
        JsonNode row = row("{\"saleId\":7,\"saleUdef/SuperOffice:7\":\"NO:\\\"Tjenesteroboter\\\";"
                + "US:\\\"Service robots\\\";GE:\\\"Serviceroboter\\\"\"}");
        List<String> columns = List.of("saleUdef/SuperOffice:7");
        assertThat(SaleRows.toSale(row, ROUTE, columns, MultiLanguageText.forLanguage("de-DE"))
                        .userDefinedFields())
                .containsExactly(Map.entry("saleUdef/SuperOffice:7", "Serviceroboter"));
        assertThat(SaleRows.toSale(row, ROUTE, columns, ENGLISH).userDefinedFields())
                .containsExactly(Map.entry("saleUdef/SuperOffice:7", "Service robots"));
    }
}
