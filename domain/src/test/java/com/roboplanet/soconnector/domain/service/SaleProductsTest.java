package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.matching.Mention;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SaleProductsTest {
    private static final ProductCatalog CATALOG = ProductCatalog.builtIn();
    private final SaleProducts products = new SaleProducts(
            CATALOG,
            ProductMatcher.of(CATALOG),
            List.of(Pattern.compile("[A-Z]{2}-\\d{2}-\\d{3}-[A-Z]+")),
            new CrmProductNames(() -> new FakeCrmCatalog(List.of(), List.of()), message -> {}).forRun());

    @Test
    void of_saleWithEveryStage_keepsEachStagesFindingsAndMakesRowsInPrecedence() {
        Sale sale = new Sale(
                        5,
                        "3x Omnie und Wartungsvertrag",
                        LocalDate.of(2025, 1, 7),
                        new Customer(7, "Acme"),
                        "Anna",
                        null,
                        false,
                        List.of(),
                        Map.of("SuperOffice:1", "RR-02-017-OMNIE"))
                .withQuoteLines(List.of(new QuoteLine("SERVICE", "Wartung", "", null)));

        SaleProducts.Stages stages = products.of(sale);

        assertThat(stages.quoteLines())
                .extracting(m -> m.product().code(), ProductMatch::quantity, ProductMatch::quantitySource)
                .containsExactly(tuple("SERVICE", 1, QuantitySource.DEFAULT));
        assertThat(stages.userDefinedFields())
                .extracting(m -> m.product().code(), ProductMatch::quantity, ProductMatch::quantitySource)
                .containsExactly(tuple("OMNIE", 1, QuantitySource.UDF));
        assertThat(stages.heading().mentions())
                .extracting(m -> m.product().code(), Mention::quantity, Mention::quantitySource)
                .containsExactly(tuple("OMNIE", 3, QuantitySource.MARKER), tuple("SERVICE", 1, QuantitySource.DEFAULT));
        assertThat(stages.rows())
                .extracting(
                        m -> m.product().code(),
                        ProductMatch::source,
                        ProductMatch::quantity,
                        ProductMatch::quantitySource)
                .containsExactly(
                        tuple("SERVICE", MatchSource.QUOTE_LINE, 1, QuantitySource.DEFAULT),
                        tuple("OMNIE", MatchSource.UDF, 3, QuantitySource.MARKER));
    }

    @Test
    void of_quoteLinesOfOneProduct_addUpAndKeepTheQuoteLineSource() {
        Sale sale = new Sale(6, "", LocalDate.of(2025, 1, 7), new Customer(7, "Acme"), "Anna", BigDecimal.ONE)
                .withQuoteLines(List.of(
                        new QuoteLine("OMNIE", "Omnie", "", new BigDecimal("2")),
                        new QuoteLine("OMNIE", "Omnie", "", null)));

        assertThat(products.of(sale).rows())
                .extracting(ProductMatch::quantity, ProductMatch::quantitySource)
                .containsExactly(tuple(3, QuantitySource.QUOTE_LINE));
    }
}
