package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.ProductMatch;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import com.roboplanet.soconnector.domain.model.QuoteLine;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogCommand;
import com.roboplanet.soconnector.domain.service.Resolution.Rule;
import com.roboplanet.soconnector.domain.service.SandboxTenant.TrueSale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a structured value (a quote line, a code in a user-defined field) becomes a product: by its whole code or name,
 * or the alias its name starts with, never by an alias it merely contains; and what that means for the rows of the
 * sandbox's sales.
 */
class StructuredResolutionTest {
    private static final ProductCatalog CATALOG = SandboxTenant.EXAMPLE_CATALOGUE;

    /** Without the CRM's product names: a field's code the catalogue lacks is reported as it is. */
    private static SaleProducts products(ProductCatalog catalog) {
        return products(catalog, List.of());
    }

    /** With the sandbox's price list as the CRM's product archive, asked for a field's code the catalogue lacks. */
    private static SaleProducts productsWithCrmNames(ProductCatalog catalog) {
        return products(catalog, SandboxTenant.crmProducts(SandboxTenant.FAMILIES_EN));
    }

    private static SaleProducts products(ProductCatalog catalog, List<CrmProduct> crm) {
        return new SaleProducts(
                catalog,
                ProductMatcher.of(catalog),
                SandboxTenant.UDF_PATTERNS,
                new CrmProductNames(() -> new FakeCrmCatalog(List.of(), crm), message -> {}).forRun());
    }

    private static Sale sale(String heading, List<QuoteLine> lines, Map<String, String> fields) {
        return new Sale(
                1, heading, LocalDate.of(2025, 1, 7), new Customer(7, "Acme"), "Anna", null, true, lines, fields);
    }

    private static QuoteLine line(String code, String name, int quantity) {
        return new QuoteLine(code, name, "", BigDecimal.valueOf(quantity));
    }

    // The order of the rules, on the sandbox's price list.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PD-BB-01|Pudu BellaBot|BELLABOT|WHOLE_NAME",
                "PD-BB-PRO-01|Pudu BellaBot Pro|BELLABOT-PRO|WHOLE_NAME",
                "PD-KB-01|Pudu KettyBot|KETTYBOT|WHOLE_NAME",
                "PD-HB-01|Pudu HolaBot|HOLABOT|WHOLE_NAME",
                "PD-PB2-01|PuduBot 2|PUDUBOT2|WHOLE_NAME",
                "PD-CC1-01|Pudu CC1 Reinigungsroboter|CC1|WHOLE_NAME",
                "RR-02-017-OMNIE|Omnie Reinigungsroboter CD-01|OMNIE|WHOLE_CODE",
                "KN-T8-01|Keenon T8|KEENON-T8|WHOLE_NAME",
                "CH-BB-01|Ladestation BellaBot|CHARGER|NAME_START",
                "CH-CC1-01|Ladestation CC1|CHARGER|NAME_START",
                "SP-TRAY-01|Ersatztablett BellaBot|SP-TRAY-01|CRM_PRODUCT",
                "SP-BRUSH-CC1|Bürstenset CC1|SP-BRUSH-CC1|CRM_PRODUCT",
                "SP-BAT-01|Ersatzakku Serviceroboter|SPARE-PARTS|NAME_START",
                "SV-WV-12|Wartungsvertrag 12 Monate|SERVICE|NAME_START",
                "RT-BB-M|Miete BellaBot (Monat)|RENTAL|NAME_START",
                "TR-SCH-01|Schulung vor Ort|TRAINING|NAME_START",
                "CC1|Ladestation CC1|CC1|CODE",
                "X-1|Pudu CC1 cleaning robot|CC1|NAME_START",
                "X-2|Ersatzakku|SPARE-PARTS|WHOLE_NAME",
                "X-3|CC1 Ladestation|X-3|CRM_PRODUCT",
                "X-4|Omnie|OMNIE|WHOLE_NAME"
            })
    void resolve_quoteLine_takesTheFirstRuleThatApplies(String code, String name, String product, Rule rule) {
        Resolution resolution = products(CATALOG)
                .of(sale("", List.of(line(code, name, 1)), Map.of()))
                .resolutions()
                .get(0);

        assertThat(resolution.product().code()).isEqualTo(product);
        assertThat(resolution.rule()).isEqualTo(rule);
        assertThat(resolution.describe()).startsWith("quote line \"" + code + " " + name + "\": " + product + ", ");
    }

    @Test
    void of_chargerBesideItsRobot_isTheChargerAndNeverAddsItsQuantityToTheRobot() {
        Sale sale = sale(
                "2 pcs CC1 incl. delivery",
                List.of(line("PD-CC1-01", "Pudu CC1 Reinigungsroboter", 2), line("CH-CC1-01", "Ladestation CC1", 2)),
                Map.of());

        assertThat(products(CATALOG).of(sale).rows())
                .extracting(m -> m.product().code(), ProductMatch::quantity, ProductMatch::source)
                .containsExactly(tuple("CC1", 2, MatchSource.QUOTE_LINE), tuple("CHARGER", 2, MatchSource.QUOTE_LINE));
    }

    @Test
    void of_lineWhoseNameOnlyStartsWithTheProductAnotherLineIs_staysTheCrmProduct() {
        Sale sale = sale(
                "",
                List.of(line("PD-CC1-01", "Pudu CC1 Reinigungsroboter", 2), line("CH-CC1-02", "CC1 Starterset", 2)),
                Map.of());

        SaleProducts.Stages stages = products(CATALOG).of(sale);

        assertThat(stages.rows())
                .extracting(m -> m.product().code(), ProductMatch::quantity)
                .containsExactly(tuple("CC1", 2), tuple("CH-CC1-02", 2));
        assertThat(stages.resolutions().get(1).rule()).isEqualTo(Rule.CRM_PRODUCT);
        assertThat(stages.resolutions().get(1).describe())
                .contains("starts with alias CC1 of CC1, but quote line \"PD-CC1-01 Pudu CC1 Reinigungsroboter\"");
    }

    @Test
    void of_fieldWithTheCodeOfAQuoteLine_isThatLinesProductOnce() {
        Sale sale = sale(
                "4 x Pudu HolaBot for restaurant",
                List.of(line("PD-HB-01", "Pudu HolaBot", 4), line("CH-BB-01", "Ladestation BellaBot", 4)),
                Map.of("SuperOffice:1", "PD-HB-01"));

        SaleProducts.Stages stages = products(CATALOG).of(sale);

        assertThat(stages.rows())
                .extracting(m -> m.product().code(), ProductMatch::quantity, ProductMatch::source)
                .containsExactly(
                        tuple("HOLABOT", 4, MatchSource.QUOTE_LINE), tuple("CHARGER", 4, MatchSource.QUOTE_LINE));
        assertThat(stages.resolutions())
                .extracting(Resolution::source, Resolution::rule)
                .containsExactly(
                        tuple(MatchSource.QUOTE_LINE, Rule.WHOLE_NAME),
                        tuple(MatchSource.QUOTE_LINE, Rule.NAME_START),
                        tuple(MatchSource.UDF, Rule.SAME_AS_QUOTE_LINE));
    }

    @Test
    void of_fieldWithAnUnknownCodeThatNamesTheHeadingsProduct_reportsTheFieldOnceWithTheHeadingsCount() {
        Sale sale = sale("3 pcs CC1 charging dock inkl. Einweisung", List.of(), Map.of("SuperOffice:1", "CH-CC1-01"));

        SaleProducts.Stages stages = products(CATALOG).of(sale);

        assertThat(stages.rows())
                .extracting(
                        m -> m.product().code(),
                        ProductMatch::quantity,
                        ProductMatch::quantitySource,
                        ProductMatch::source)
                .containsExactly(
                        tuple("CH-CC1-01", 3, QuantitySource.MARKER, MatchSource.UDF),
                        tuple("TRAINING", 1, QuantitySource.DEFAULT, MatchSource.HEADING));
        assertThat(stages.headingLeftOut()).hasSize(1);
        assertThat(stages.headingLeftOut().get(0).describe())
                .isEqualTo("\"CC1\" (CC1 x3) is reported in user-defined field \"CH-CC1-01\", whose code or name names"
                        + " CC1: the structured value says what was sold");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PD-BB-PRO-01|BELLABOT-PRO|WHOLE_NAME",
                "PD-KB-01|KETTYBOT|WHOLE_NAME",
                "KN-T8-01|KEENON-T8|WHOLE_NAME",
                "CH-BB-01|CHARGER|NAME_START",
                "SP-BAT-01|SPARE-PARTS|NAME_START",
                "SP-TRAY-01|SP-TRAY-01|CRM_PRODUCT",
                "ZZ-NOT-IN-01|ZZ-NOT-IN-01|CRM_PRODUCT"
            })
    void resolve_fieldCodeTheCatalogueLacks_isPlacedByTheNameTheCrmGivesIt(String code, String product, Rule rule) {
        Resolution resolution = productsWithCrmNames(CATALOG)
                .of(sale("", List.of(), Map.of("SuperOffice:1", code)))
                .resolutions()
                .get(0);

        assertThat(resolution.product().code()).isEqualTo(product);
        assertThat(resolution.rule()).as(resolution.describe()).isEqualTo(rule);
        assertThat(resolution.describe()).startsWith("user-defined field \"" + code + "\"");
    }

    /** The tester's A2: 3 BellaBot Pros in the heading and PD-BB-PRO-01 in the field are 3, not 3 + 1. */
    @Test
    void of_fieldCodeTheCrmNamesAsTheHeadingsProduct_isOneRowWithTheHeadingsCount() {
        Sale pro = sale("3xBellaBot Pro Hotel", List.of(), Map.of("SuperOffice:1", "PD-BB-PRO-01"));
        Sale tray = sale("3x spare tray BellaBot", List.of(), Map.of("SuperOffice:1", "SP-TRAY-01"));

        assertThat(productsWithCrmNames(CATALOG).of(pro).rows())
                .extracting(m -> m.product().code(), ProductMatch::quantity, ProductMatch::source)
                .containsExactly(tuple("BELLABOT-PRO", 3, MatchSource.UDF));
        assertThat(productsWithCrmNames(CATALOG).of(tray).rows())
                .extracting(m -> m.product().code(), ProductMatch::quantity, ProductMatch::source)
                .containsExactly(tuple("SP-TRAY-01", 3, MatchSource.UDF));
    }

    @Test
    void of_accessoryQuotedForARobotTheHeadingNames_isTheAccessoryOnly() {
        Sale sale = sale(
                "3xErsatztablett BellaBot Hotel", List.of(line("SP-TRAY-01", "Ersatztablett BellaBot", 3)), Map.of());

        assertThat(products(CATALOG).of(sale).rows())
                .extracting(m -> m.product().code(), ProductMatch::quantity)
                .containsExactly(tuple("SP-TRAY-01", 3));
    }

    // Generated: a name that merely contains an alias never resolves to that alias's product.

    @Test
    void resolve_generatedNamesAndCodesContainingAnAlias_neverResolveToItsProductUnlessAKindStartsThem() {
        Random random = new Random(21L);
        List<String> things = List.of("Bürstenset", "Ersatztablett", "Halterung", "Zubehörset", "Spare tray", "Cover");
        SaleProducts products = products(CATALOG);
        for (Product product : CATALOG.products()) {
            for (String written : product.aliases()) {
                String alias = written.endsWith("*") ? written.substring(0, written.length() - 1) : written;
                String thing = things.get(random.nextInt(things.size()));
                String code = "ZZ-" + alias.replaceAll("[^\\p{L}\\p{N}]", "") + "-" + (10 + random.nextInt(90));

                Resolution contained = products.of(sale("", List.of(line(code, thing + " " + alias, 2)), Map.of()))
                        .resolutions()
                        .get(0);
                String fieldCode = code.toUpperCase(java.util.Locale.ROOT);
                List<Resolution> inField = products.of(sale("", List.of(), Map.of("SuperOffice:1", fieldCode)))
                        .resolutions();
                Resolution started = products.of(sale("", List.of(line(code, alias + " " + thing, 2)), Map.of()))
                        .resolutions()
                        .get(0);

                assertThat(contained.product().code()).as(contained.describe()).isEqualTo(code);
                if (SandboxTenant.UDF_PATTERNS.get(0).matcher(fieldCode).matches()) {
                    assertThat(inField.get(0).product().code())
                            .as(inField.get(0).describe())
                            .isEqualTo(fieldCode);
                }
                // a model's name before a part's word is that part (Omnie Halterung); a kind of thing is not a model
                boolean model = !written.endsWith("*");
                assertThat(started.product().code()).as(started.describe()).isEqualTo(model ? code : product.code());
            }
        }
    }

    // The sandbox's sales: no product counted twice, no accessory counted as the robot it is for.

    @Test
    void of_sandboxSalesWithTheirQuotes_countEachProductOnceWithItsQuantity() {
        List<String> problems = problems(products(CATALOG), SandboxTenant.EXAMPLE_CATALOGUE_MEANS, true);

        assertThat(problems).isEmpty();
    }

    /** Every shape of sale, fields without a quote too: the CRM's names place the codes the catalogue lacks. */
    @Test
    void of_sandboxSalesWithTheirFieldsAndTheCrmsNames_countEachProductOnceWithItsQuantity() {
        List<String> problems = problems(productsWithCrmNames(CATALOG), SandboxTenant.EXAMPLE_CATALOGUE_MEANS, false);

        assertThat(problems).isEmpty();
    }

    @Test
    void of_sandboxSalesWithTheCatalogueAndTheCrmsProducts_countEachProductOnceInEveryShape() {
        for (List<String> families : List.of(SandboxTenant.FAMILIES_EN, SandboxTenant.FAMILIES_DE)) {
            FakeCrmCatalog crm =
                    new FakeCrmCatalog(SandboxTenant.families(families), SandboxTenant.crmProducts(families));
            ProductCatalog merged =
                    new MergeCrmCatalogService(() -> crm, message -> {}).merge(new MergeCrmCatalogCommand(CATALOG));

            List<String> problems = problems(products(merged), SandboxTenant.EXAMPLE_CATALOGUE_MEANS, false);

            assertThat(problems).as("families %s", families).isEmpty();
        }
    }

    /**
     * What is wrong with the rows of each sandbox sale: a price list entry two rows stand for, a robot row for a sale
     * about something else, or the sale's product with another quantity than meant.
     *
     * @param quotedOnly only the sales with a quote (without the CRM's products, a code only in a field may be one the
     *     catalogue cannot know)
     */
    private static List<String> problems(SaleProducts products, Map<String, Set<Integer>> means, boolean quotedOnly) {
        List<String> problems = new ArrayList<>();
        for (TrueSale truth : SandboxTenant.structuredSales()) {
            Sale sale = truth.sale();
            if (quotedOnly && sale.quoteLines().isEmpty()) {
                continue;
            }
            List<ProductMatch> rows = products.of(sale).rows();
            Set<Integer> seen = new HashSet<>();
            boolean found = false;
            for (ProductMatch row : rows) {
                Set<Integer> stands = standsFor(row, means);
                for (int id : stands) {
                    if (!seen.add(id)) {
                        problems.add(sale.heading() + " " + sale.userDefinedFields() + ": " + id + " twice in "
                                + codes(rows));
                    }
                }
                boolean robot = stands.stream().anyMatch(id -> id <= 8);
                if (robot && !stands.contains(truth.product().id()) && row.source() != MatchSource.HEADING) {
                    problems.add(sale.heading() + ": " + row.product().code() + " from " + row.matchedText()
                            + " for a sale of " + truth.product().code());
                }
                if (stands.contains(truth.product().id())) {
                    found = true;
                    boolean counted = row.quantitySource() == QuantitySource.QUOTE_LINE
                            || row.quantitySource() == QuantitySource.MARKER;
                    if (counted && row.quantity() != truth.quantity()) {
                        problems.add(sale.heading() + ": " + row.product().code() + " x" + row.quantity()
                                + " instead of x" + truth.quantity());
                    }
                }
            }
            if (!found && !sale.quoteLines().isEmpty()) {
                problems.add(sale.heading() + ": " + truth.product().code() + " missing in " + codes(rows));
            }
        }
        return problems;
    }

    private static Set<Integer> standsFor(ProductMatch row, Map<String, Set<Integer>> means) {
        Set<Integer> catalogue = means.get(row.product().code());
        if (catalogue != null) {
            return catalogue;
        }
        if (row.product().code().startsWith("FAMILY-")) {
            int family = Integer.parseInt(row.product().code().substring("FAMILY-".length()));
            Set<Integer> members = new HashSet<>();
            SandboxTenant.PRICE_LIST.stream()
                    .filter(p -> p.familyId() == family)
                    .forEach(p -> members.add(p.id()));
            return members;
        }
        for (SandboxTenant.PriceListEntry entry : SandboxTenant.PRICE_LIST) {
            if (entry.code().equals(row.product().code())) {
                return Set.of(entry.id());
            }
        }
        return Set.of();
    }

    private static List<String> codes(List<ProductMatch> rows) {
        return rows.stream()
                .map(r -> r.product().code() + " x" + r.quantity() + " " + r.source())
                .toList();
    }
}
