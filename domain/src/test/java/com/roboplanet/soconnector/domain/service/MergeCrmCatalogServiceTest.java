package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogCommand;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeCrmCatalogServiceTest {
    private static final ProductCatalog CATALOG =
            ProductCatalog.of(List.of(new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01"))));
    private static final Warnings NO_WARNINGS = message -> {
        throw new AssertionError("unexpected warning: " + message);
    };

    @Test
    void merge_productsNotPermitted_warnsAndMergesTheFamilies() {
        List<String> warnings = new ArrayList<>();
        CrmCatalogSource crm = new CrmCatalogSource() {
            @Override
            public List<ProductFamily> productFamilies(boolean includeDeleted) {
                return List.of(new ProductFamily(3, "Lieferroboter", "", false));
            }

            @Override
            public List<CrmProduct> products() {
                throw new CrmCatalogException(SaleSourceException.Kind.NOT_PERMITTED, "refused GET v1/Product", null);
            }
        };

        ProductCatalog merged =
                new MergeCrmCatalogService(() -> crm, warnings::add).merge(new MergeCrmCatalogCommand(CATALOG));

        assertThat(merged.products()).extracting(Product::code).containsExactly("OMNIE", "FAMILY-3");
        assertThat(warnings)
                .containsExactly("refused GET v1/Product; going on without the CRM's products in the catalogue");
    }

    @Test
    void merge_crmUnavailable_stopsTheMerge() {
        CrmCatalogSource crm = new CrmCatalogSource() {
            @Override
            public List<ProductFamily> productFamilies(boolean includeDeleted) {
                return List.of();
            }

            @Override
            public List<CrmProduct> products() {
                throw new CrmCatalogException(SaleSourceException.Kind.UNAVAILABLE, "down", null);
            }
        };

        assertThatThrownBy(() ->
                        new MergeCrmCatalogService(() -> crm, NO_WARNINGS).merge(new MergeCrmCatalogCommand(CATALOG)))
                .isInstanceOf(CrmCatalogException.class)
                .hasMessage("down");
    }

    @Test
    void merge_crmProductsAndFamilies_becomeProductsWithTheirCodesAndNamesAsAliases() {
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(new ProductFamily(3, "Lieferroboter", "", false)),
                List.of(new CrmProduct(10, "KT-200", "KettyBot", "Lieferroboter", BigDecimal.TEN, true)));

        ProductCatalog merged =
                new MergeCrmCatalogService(() -> crm, NO_WARNINGS).merge(new MergeCrmCatalogCommand(CATALOG));

        assertThat(merged.products())
                .extracting(Product::code, Product::name, Product::aliases)
                .containsExactly(
                        tuple("OMNIE", "Omnie", List.of("Omnie", "CD-01")),
                        tuple("KT-200", "KettyBot", List.of("KT-200", "KettyBot")),
                        tuple("FAMILY-3", "Lieferroboter", List.of("Lieferroboter")));
    }

    @Test
    void merge_productWithoutCode_getsOneFromItsId() {
        FakeCrmCatalog crm = new FakeCrmCatalog(List.of(), List.of(new CrmProduct(11, "", "BellaBot", "", null, true)));

        ProductCatalog merged =
                new MergeCrmCatalogService(() -> crm, NO_WARNINGS).merge(new MergeCrmCatalogCommand(CATALOG));

        assertThat(merged.byCode("PRODUCT-11"))
                .hasValueSatisfying(p -> assertThat(p.aliases()).containsExactly("BellaBot"));
    }

    @Test
    void merge_aliasTheCatalogueHasAlready_staysWithItsProduct() {
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(new ProductFamily(4, "omnie", "", false)),
                List.of(new CrmProduct(12, "CD 01", "Reinigungsroboter CD-01", "", null, true)));

        ProductCatalog merged =
                new MergeCrmCatalogService(() -> crm, NO_WARNINGS).merge(new MergeCrmCatalogCommand(CATALOG));

        assertThat(merged.byCode("OMNIE").orElseThrow().aliases()).containsExactly("Omnie", "CD-01");
        assertThat(merged.byCode("CD 01").orElseThrow().aliases()).containsExactly("Reinigungsroboter CD-01");
        assertThat(merged.byCode("FAMILY-4")).isEmpty();
    }

    @Test
    void merge_codeTheCatalogueHasAlready_isNotAddedTwice() {
        FakeCrmCatalog crm =
                new FakeCrmCatalog(List.of(), List.of(new CrmProduct(13, "omnie", "Omnie Pro", "", null, true)));

        ProductCatalog merged =
                new MergeCrmCatalogService(() -> crm, NO_WARNINGS).merge(new MergeCrmCatalogCommand(CATALOG));

        assertThat(merged.products()).extracting(Product::code).containsExactly("OMNIE");
        assertThat(merged.byCode("OMNIE").orElseThrow().aliases()).containsExactly("Omnie", "CD-01");
    }

    @Test
    void merge_deletedFamily_isLeftOut() {
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(new ProductFamily(5, "Alt", "", true), new ProductFamily(6, "Neu", "", false)), List.of());

        ProductCatalog merged =
                new MergeCrmCatalogService(() -> crm, NO_WARNINGS).merge(new MergeCrmCatalogCommand(CATALOG));

        assertThat(merged.products()).extracting(Product::code).containsExactly("OMNIE", "FAMILY-6");
    }
}
