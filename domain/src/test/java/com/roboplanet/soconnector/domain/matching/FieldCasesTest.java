package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every heading of the field cases 06, 07 and 08 ({@code shared/field-cases}) and of issue 12, with the products
 * and quantities a sales team expects, matched with the catalogue of {@code docs/examples/products.csv}.
 */
class FieldCasesTest {

    /** @param expected {@code CODE xN} per product, in code order, joined with spaces; {@code -} for none */
    private static String products(String heading) {
        Map<String, Integer> found = new TreeMap<>();
        ExampleCatalogue.MATCHER
                .match(heading)
                .mentions()
                .forEach(m -> found.put(m.product().code(), m.quantity()));
        if (found.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        found.forEach((code, quantity) -> out.append(out.length() == 0 ? "" : " ")
                .append(code)
                .append(" x")
                .append(quantity));
        return out.toString();
    }

    // 06: a year, a calendar week or a project number before the product is not its quantity.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Wartungsvertrag 2025 CC1|CC1 x1 SERVICE x1",
                "Wartung 2025 Omnie|OMNIE x1 SERVICE x1",
                "Servicepauschale 2026 Omnie CD-01|OMNIE x1 SERVICE x1",
                "Lieferung KW 12 BellaBot|BELLABOT x1",
                "Projekt 4711 BellaBot|BELLABOT x1",
                "Angebot 2025-03 BellaBot|BELLABOT x1",
                "KW 12: 2x BellaBot|BELLABOT x2",
                "Wartungsvertrag 2024 Omnie|OMNIE x1 SERVICE x1"
            })
    void match_yearWeekOrProjectNumberBeforeProduct_isNoQuantity(String heading, String expected) {
        assertThat(products(heading)).isEqualTo(expected);
    }

    // 07: a count written after the product, in brackets, after a dash, or in full-width digits.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BellaBot 2x|BELLABOT x2",
                "KettyBot (2 Stk.)|KETTYBOT x2",
                "'KettyBot, Menge: 4'|KETTYBOT x4",
                "Omnie CD 01 – 2 Stück|OMNIE x2",
                "BellaBot 2 x à 1.200 €|BELLABOT x2",
                "２ｘ ＢｅｌｌａＢｏｔ|BELLABOT x2",
                "BellaBot 3 Stück|BELLABOT x3",
                "BellaBot x 2|BELLABOT x2",
                "Qty: 4 KettyBot|KETTYBOT x4",
                "2×BellaBot|BELLABOT x2",
                "2\u00a0x BellaBot|BELLABOT x2",
                "Phantas (3x) BellaBot|BELLABOT x1",
                "BellaBot (3x)|BELLABOT x3",
                "BellaBot x2|BELLABOT x2",
                "BellaBot × 2|BELLABOT x2",
                "BellaBot 2 Stk.|BELLABOT x2",
                "BellaBot – 2 Stück|BELLABOT x2",
                "BellaBot Menge 5|BELLABOT x5",
                "BellaBot Anzahl 3|BELLABOT x3",
                "BellaBot Qty: 4|BELLABOT x4",
                "Omnie 2|OMNIE x1"
            })
    void match_countAfterProduct_isRead(String heading, String expected) {
        assertThat(products(heading)).isEqualTo(expected);
    }

    // 08: invisible characters inside a product name, typographic dashes and spaces.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CD\u200b-01 Demo|OMNIE x1",
                "Bella\u200bBot Lieferung|BELLABOT x1",
                "Bella\u00adBot Lieferung|BELLABOT x1",
                "Ketty\u2060Bot Miete|KETTYBOT x1 RENTAL x1",
                "CD\u201101 Demo|OMNIE x1",
                "CD\u201301 Demo|OMNIE x1",
                "CD\u201401 Demo|OMNIE x1",
                "BellaBot\u00a0Pro|BELLABOT-PRO x1",
                "Bella\u200cBot|BELLABOT x1",
                "Bella\u200dBot|BELLABOT x1",
                "\ufeffBellaBot|BELLABOT x1",
                "CD\u221201|OMNIE x1",
                "Bella\u2009Bot|BELLABOT x1",
                "Bella\u202fBot|BELLABOT x1"
            })
    void match_invisibleCharactersDashesAndSpaces_doNotHideTheProduct(String heading, String expected) {
        assertThat(products(heading)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2x BellaBot|MARKER",
                "BellaBot (2 Stk.)|MARKER",
                "Qty: 4 KettyBot|MARKER",
                "12 BellaBot|BARE_NUMBER",
                "BellaBot|DEFAULT",
                "Projekt 4711 BellaBot|DEFAULT",
                "Wartung 2025 BellaBot|DEFAULT",
                "0 x BellaBot|DEFAULT"
            })
    void match_eachMention_saysHowItsQuantityWasRead(String heading, QuantitySource expected) {
        assertThat(ExampleCatalogue.MATCHER.match(heading).mentions())
                .filteredOn(m -> m.product().code().equals("BELLABOT")
                        || m.product().code().equals("KETTYBOT"))
                .singleElement()
                .extracting(Mention::quantitySource)
                .isEqualTo(expected);
    }
}
