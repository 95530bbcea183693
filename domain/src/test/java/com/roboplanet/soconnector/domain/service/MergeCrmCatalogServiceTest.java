package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.matching.AliasCheck;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogCommand;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergeCrmCatalogServiceTest {
    private static final ProductCatalog CATALOG =
            ProductCatalog.of(List.of(new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01"))));
    private static final Warnings NO_WARNINGS = message -> {
        throw new AssertionError("unexpected warning: " + message);
    };
    /** The merged catalogue places every code the CRM has: its products are not asked for again. */
    private static final CrmProductNames.Lookup NO_CRM_NAMES = new CrmProductNames(
                    () -> {
                        throw new AssertionError("the CRM's products were asked for again");
                    },
                    NO_WARNINGS)
            .forRun();

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

    private static ProductCatalog merged(ProductCatalog catalog, FakeCrmCatalog crm) {
        return new MergeCrmCatalogService(() -> crm, NO_WARNINGS).merge(new MergeCrmCatalogCommand(catalog));
    }

    @Test
    void merge_crmProductsAndFamilies_becomeProductsWithTheirCodesAndNamesAsAliases() {
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(new ProductFamily(3, "Lieferroboter", "", false)),
                List.of(new CrmProduct(10, "KT-200", "KettyBot", "Lieferroboter", BigDecimal.TEN, true)));

        assertThat(merged(CATALOG, crm).products())
                .extracting(Product::code, Product::name, Product::aliases)
                .containsExactly(
                        tuple("OMNIE", "Omnie", List.of("Omnie", "CD-01")),
                        tuple("KT-200", "KettyBot", List.of("KT-200", "KettyBot")),
                        tuple("FAMILY-3", "Lieferroboter", List.of("Lieferroboter")));
    }

    @Test
    void merge_productWithoutCode_getsOneFromItsId() {
        FakeCrmCatalog crm = new FakeCrmCatalog(List.of(), List.of(new CrmProduct(11, "", "BellaBot", "", null, true)));

        assertThat(merged(CATALOG, crm).byCode("PRODUCT-11"))
                .hasValueSatisfying(p -> assertThat(p.aliases()).containsExactly("BellaBot"));
    }

    @Test
    void merge_crmProductWhoseCodeIsAnAlias_isThatProductAndGainsItsName() {
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(new ProductFamily(4, "omnie", "", false)),
                List.of(new CrmProduct(12, "CD 01", "Reinigungsroboter CD-01", "", null, true)));

        ProductCatalog merged = merged(CATALOG, crm);

        assertThat(merged.products()).extracting(Product::code).containsExactly("OMNIE");
        assertThat(merged.byCode("OMNIE").orElseThrow().aliases())
                .containsExactly("Omnie", "CD-01", "Reinigungsroboter CD-01");
    }

    @Test
    void merge_crmProductWithTheCataloguesCode_isThatProductAndGainsItsName() {
        FakeCrmCatalog crm =
                new FakeCrmCatalog(List.of(), List.of(new CrmProduct(13, "omnie", "Omnie Pro", "", null, true)));

        ProductCatalog merged = merged(CATALOG, crm);

        assertThat(merged.products()).extracting(Product::code).containsExactly("OMNIE");
        assertThat(merged.byCode("OMNIE").orElseThrow().aliases()).containsExactly("Omnie", "CD-01", "Omnie Pro");
    }

    @Test
    void merge_crmProductWhoseNameIsAProductsName_isThatProductAndGainsItsCode() {
        ProductCatalog catalog =
                ProductCatalog.of(List.of(new Product("BELLABOT", "Pudu BellaBot", List.of("BellaBot"))));
        FakeCrmCatalog crm =
                new FakeCrmCatalog(List.of(), List.of(new CrmProduct(1, "PD-BB-01", "Pudu BellaBot", "", null, true)));

        assertThat(merged(catalog, crm).products())
                .extracting(Product::code, Product::aliases)
                .containsExactly(tuple("BELLABOT", List.of("BellaBot", "PD-BB-01", "Pudu BellaBot")));
    }

    @Test
    void merge_familyNamedLikeAProductOrCoveredByItsOpenAlias_isThatProduct() {
        ProductCatalog catalog = ProductCatalog.of(List.of(
                new Product("SPARE-PARTS", "Ersatzteile", List.of("Ersatzteil*")),
                new Product("SERVICE", "Service", List.of("Wartung*"))));
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(
                        new ProductFamily(4, "Ersatzteile", "", false),
                        new ProductFamily(5, "Wartungsverträge", "", false)),
                List.of());

        assertThat(merged(catalog, crm).products())
                .extracting(Product::code, Product::aliases)
                .containsExactly(tuple("SPARE-PARTS", List.of("Ersatzteil*")), tuple("SERVICE", List.of("Wartung*")));
    }

    @Test
    void merge_deletedFamily_isLeftOut() {
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(new ProductFamily(5, "Alt", "", true), new ProductFamily(6, "Neu", "", false)), List.of());

        assertThat(merged(CATALOG, crm).products()).extracting(Product::code).containsExactly("OMNIE", "FAMILY-6");
    }

    @Test
    void merge_familyOfItsOwn_knowsItsMembersSoThatAHeadingNamingBothCountsTheMember() {
        FakeCrmCatalog crm = new FakeCrmCatalog(
                List.of(new ProductFamily(2, "Reinigungsroboter", "", false)),
                List.of(new CrmProduct(7, "RR-02-017-OMNIE", "Omnie", "Reinigungsroboter", null, true)));
        ProductCatalog merged = merged(CATALOG, crm);
        SaleProducts products =
                new SaleProducts(merged, ProductMatcher.of(merged), SandboxTenant.UDF_PATTERNS, NO_CRM_NAMES);

        assertThat(merged.isFamilyOf("FAMILY-2", "OMNIE")).isTrue();
        assertThat(rows(products, "2x Omnie Reinigungsroboter")).containsExactly("OMNIE x2");
        assertThat(rows(products, "Reinigungsroboter für Halle 3")).containsExactly("FAMILY-2 x1");
    }

    // The sandbox tenant's price list merged into docs/examples/products.csv.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PD-BB-01|BELLABOT",
                "PD-BB-PRO-01|BELLABOT-PRO",
                "PD-KB-01|KETTYBOT",
                "PD-HB-01|HOLABOT",
                "PD-PB2-01|PUDUBOT2",
                "PD-CC1-01|CC1",
                "RR-02-017-OMNIE|OMNIE",
                "KN-T8-01|KEENON-T8",
                "CH-BB-01|CH-BB-01",
                "CH-CC1-01|CH-CC1-01",
                "SP-TRAY-01|SP-TRAY-01",
                "SP-BRUSH-CC1|SP-BRUSH-CC1",
                "SP-BAT-01|SP-BAT-01",
                "SV-WV-12|SV-WV-12",
                "RT-BB-M|RT-BB-M",
                "TR-SCH-01|TR-SCH-01"
            })
    void merge_sandboxPriceList_eachCrmCodeIsOneProductOfTheMergedCatalogue(String crmCode, String product) {
        for (List<String> families : List.of(SandboxTenant.FAMILIES_EN, SandboxTenant.FAMILIES_DE)) {
            ProductCatalog merged = merged(
                    SandboxTenant.EXAMPLE_CATALOGUE,
                    new FakeCrmCatalog(SandboxTenant.families(families), SandboxTenant.crmProducts(families)));
            SaleProducts products =
                    new SaleProducts(merged, ProductMatcher.of(merged), SandboxTenant.UDF_PATTERNS, NO_CRM_NAMES);

            assertThat(AliasCheck.problems(merged.products())).isEmpty();
            assertThat(rows(products, "", Map.of("SuperOffice:1", crmCode))).containsExactly(product + " x1");
        }
    }

    private static List<String> rows(SaleProducts products, String heading) {
        return rows(products, heading, Map.of());
    }

    private static List<String> rows(SaleProducts products, String heading, Map<String, String> fields) {
        Sale sale = new Sale(
                1,
                heading,
                LocalDate.of(2025, 1, 7),
                new Customer(7, "Acme"),
                "Anna",
                null,
                false,
                List.<QuoteLine>of(),
                fields);
        return products.of(sale).rows().stream()
                .map(m -> m.product().code() + " x" + m.quantity())
                .toList();
    }
}
