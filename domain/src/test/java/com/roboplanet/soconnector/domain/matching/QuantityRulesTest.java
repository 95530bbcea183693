package com.roboplanet.soconnector.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.QuantitySource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules 2 and 3 of issue 12, example by example: what is not a quantity, and counts written after the product. */
class QuantityRulesTest {
    private static final ProductMatcher MATCHER = ProductMatcher.of(ProductCatalog.of(List.of(
            new Product("BELLABOT", "BellaBot", List.of("BellaBot", "Bella Bot")),
            new Product("KETTYBOT", "KettyBot", List.of("KettyBot")),
            new Product("PHANTAS", "Phantas", List.of("Phantas")),
            new Product("OMNIE", "Omnie", List.of("Omnie", "CD-01", "RR-02-017-OMNIE")),
            new Product("CC1", "Pudu CC1", List.of("CC1")))));

    private static Mention only(String heading) {
        List<Mention> mentions = MATCHER.match(heading).mentions();
        assertThat(mentions).as(heading).hasSize(1);
        return mentions.get(0);
    }

    // Rule 2: not a quantity.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Wartungsvertrag 2025 BellaBot|1",
                "1900 BellaBot|1",
                "2099 BellaBot|1",
                "1899 BellaBot|1899",
                "2100 BellaBot|2100",
                "KW 12 BellaBot|1",
                "Woche 3 BellaBot|1",
                "Projekt 4711 BellaBot|1",
                "Proj. 4711 BellaBot|1",
                "Auftrag 815 BellaBot|1",
                "Nr. 5 BellaBot|1",
                "No. 5 BellaBot|1",
                "# 7 BellaBot|1",
                "#7 BellaBot|1",
                "Pos. 3 BellaBot|1",
                "Los 2 BellaBot|1",
                "Angebot-Nr. 123 BellaBot|1",
                "Rechnung 99 BellaBot|1",
                "Vertrag 17 BellaBot|1",
                "CW 12 BellaBot|1",
                "Project: 4711 BellaBot|1",
                "Invoice 12 BellaBot|1",
                "12.05. BellaBot|1",
                "12.05.2026 BellaBot|1",
                "2026-05-12 BellaBot|1",
                "10:30 BellaBot|1",
                "14 Uhr BellaBot|1",
                "1.200 € BellaBot|1",
                "EUR 500 BellaBot|1",
                "€ 500 BellaBot|1",
                "à 1.200 BellaBot|1",
                "à 500 BellaBot|1",
                "10 % BellaBot|1",
                "3 Jahre BellaBot|1",
                "24M BellaBot|1",
                "12 Monate BellaBot|1",
                "BellaBot x 12 Monate|1",
                "BellaBot x 10 %|1",
                "BellaBot Menge 500 €|1",
                "12 BellaBot|12"
            })
    void match_numberThatIsNotACount_isNoQuantity(String heading, int expected) {
        assertThat(only(heading).quantity()).isEqualTo(expected);
    }

    @Test
    void match_markerMakesAnyNumberACount_evenAYear() {
        assertThat(only("2025 x BellaBot").quantity()).isEqualTo(2025);
        assertThat(only("Vertrag 2x BellaBot").quantity()).isEqualTo(2);
    }

    // Rule 3: a quantity after the product.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BellaBot 2x|2",
                "BellaBot x2|2",
                "BellaBot × 2|2",
                "BellaBot 2 Stk.|2",
                "BellaBot (2 Stk.)|2",
                "Phantas (3x)|3",
                "BellaBot – 2 Stück|2",
                "'BellaBot, Menge: 4'|4",
                "BellaBot Menge 5|5",
                "BellaBot Anzahl 3|3",
                "BellaBot Qty: 4|4",
                "BellaBot 2 x à 1.200 €|2",
                "BellaBot [2 pcs]|2",
                "BellaBot; 3 Stk|3",
                "'BellaBot, Anzahl: 3 Stück'|3",
                "BellaBot 2|1",
                "BellaBot - 2|1",
                "BellaBot (2)|1",
                "BellaBot xl|1"
            })
    void match_countAfterProduct_isReadWithItsMarkerOnly(String heading, int expected) {
        assertThat(only(heading).quantity()).isEqualTo(expected);
    }

    @Test
    void match_countBetweenTwoProducts_belongsToTheOneItRunsInto() {
        assertThat(MATCHER.match("BellaBot 2x KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 1), tuple("KETTYBOT", 2));
        assertThat(MATCHER.match("BellaBot, 3 Stk KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 1), tuple("KETTYBOT", 3));
        assertThat(MATCHER.match("BellaBot 2x, KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 2), tuple("KETTYBOT", 1));
    }

    @Test
    void match_markedCountAfterProduct_winsOverBareNumberBefore() {
        Mention mention = only("Filiale 4711 BellaBot 2x");

        assertThat(mention.quantity()).isEqualTo(2);
        assertThat(mention.quantitySource()).isEqualTo(QuantitySource.MARKER);
    }

    @Test
    void match_sameProductReadTwoWays_sumsAndKeepsTheWeakerSource() {
        Mention mention = only("2x BellaBot und 12 BellaBot");

        assertThat(mention.quantity()).isEqualTo(14);
        assertThat(mention.quantitySource()).isEqualTo(QuantitySource.BARE_NUMBER);
    }

    // A5: aliases of one product with only joiners (and the mention's one count) between them are one mention.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2x Omnie (CD-01)|2|marker",
                "'2x Omnie, CD-01'|2|marker",
                "2x Omnie: CD-01|2|marker",
                "2x Omnie + CD-01|2|marker",
                "2x Omnie / CD-01|2|marker",
                "2x Omnie [CD-01]|2|marker",
                "Omnie x2 CD-01|2|marker",
                "Omnie 2 Stk. CD-01|2|marker",
                "Omnie 2x CD-01|2|marker",
                "Omnie (CD-01) x3|3|marker",
                "Omnie (CD-01) x2|2|marker",
                "Omnie (CD-01) (3 Stk.)|3|marker",
                "2x Omnie (RR-02-017-OMNIE)|2|marker",
                "2x Bella Bot (BellaBot)|2|marker",
                "Omnie (CD-01)|1|default",
                "BellaBot + BellaBot|2|default",
                "BellaBot / Bella Bot|1|default",
                "2x Omnie & CD-01|2|marker",
                "'BellaBot, BellaBot'|2|default",
                "2x Omnie, 3 Stk Omnie|5|marker",
                "2x Omnie, 3x CD-01|5|marker"
            })
    void match_aliasesOfOneProductWithJoinersBetween_areOneMentionWithOneCount(
            String heading, int expected, String source) {
        Mention mention = only(heading);

        assertThat(mention.quantity()).isEqualTo(expected);
        assertThat(mention.quantitySource().label()).isEqualTo(source);
    }

    // A6: "Product Nx Product Mx" is written count-after, so each count is its product's.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BellaBot 2x KettyBot 3x|2|3",
                "BellaBot x2 KettyBot x3|2|3",
                "BellaBot 2x KettyBot x3|2|3",
                "BellaBot 2 Stk. KettyBot 3 Stk.|2|3",
                "'BellaBot, 2 Stk KettyBot, 3 Stk'|2|3",
                "BellaBot (2x) KettyBot (3x)|2|3",
                "2x BellaBot 3x KettyBot|2|3",
                "BellaBot 2x KettyBot|1|2",
                "BellaBot 2x KettyBot 3|1|2"
            })
    void match_twoProductsEachWithACount_giveEachItsOwn(String heading, int bellaBot, int kettyBot) {
        assertThat(MATCHER.match(heading).mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", bellaBot), tuple("KETTYBOT", kettyBot));
    }

    // A7 and A8: a label glued to its number, a labelled range or list, English labels and German compounds.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "KW-12 BellaBot",
                "KW–12 BellaBot",
                "KW_12 BellaBot",
                "Projekt-4711 BellaBot",
                "Projekt‐4711 BellaBot",
                "Projekt_4711 BellaBot",
                "Projekt/4711 BellaBot",
                "Los-2 BellaBot",
                "Nr.-5 BellaBot",
                "#-7 BellaBot",
                "KW 12 bis 14 BellaBot",
                "KW 12 und 13 BellaBot",
                "KW 12 + 13 BellaBot",
                "KW 12 -14 BellaBot",
                "KW 12-14 BellaBot",
                "KW 12/13 BellaBot",
                "'KW 12, 13 und 14 BellaBot'",
                "CW 12 to 14 BellaBot",
                "Order 12 BellaBot",
                "Order 4711 BellaBot",
                "Offer 12 BellaBot",
                "Quote 4711 BellaBot",
                "PO 4711 BellaBot",
                "Item 3 BellaBot",
                "Angebot 4711 BellaBot",
                "Bestellung 12 BellaBot",
                "Auftragsnummer 815 BellaBot",
                "Angebotsnummer 123 BellaBot",
                "Projektnummer 4711 BellaBot",
                "Auftragsnr. 4711 BellaBot",
                "Bestellnummer 4711 BellaBot",
                "Vertragsnr. 17 BellaBot",
                "Kundennr.: 17 BellaBot",
                "Order number 12 BellaBot",
                "Order-No. 12 BellaBot"
            })
    void match_labelledNumberInAnySpelling_isNoQuantity(String heading) {
        Mention mention = only(heading);

        assertThat(mention.quantity()).isEqualTo(1);
        assertThat(mention.quantitySource()).isEqualTo(QuantitySource.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Order: 3x BellaBot|3",
                "Angebot 2x BellaBot|2",
                "Item 3 Stk. BellaBot|3",
                "3 und 4 BellaBot|4",
                "Projekt 4711 - 3 BellaBot|3",
                "'Projekt 4711, 3 BellaBot'|3"
            })
    void match_labelBeforeAMarkedCount_leavesTheCount(String heading, int expected) {
        assertThat(only(heading).quantity()).isEqualTo(expected);
    }

    // A9: a maker or an adjective between a marked count and the product.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3 Stk. Pudu BellaBot|BELLABOT|3",
                "3 pcs Pudu BellaBot inkl. Einweisung|BELLABOT|3",
                "2x Pudu CC1|CC1|2",
                "2x neue BellaBot|BELLABOT|2",
                "2x neue Pudu BellaBot|BELLABOT|2",
                "2x Pudu-BellaBot|BELLABOT|2",
                "3 pcs Pudu CC1 cleaning robot|CC1|3",
                "Qty: 4 Pudu KettyBot|KETTYBOT|4",
                "2x sehr neue Pudu BellaBot|BELLABOT|1",
                "3 Stk. Hotel für BellaBot|BELLABOT|1",
                "'3 Stk., Pudu BellaBot'|BELLABOT|1",
                "12 Pudu BellaBot|BELLABOT|1",
                "Projekt 4711 Pudu BellaBot|BELLABOT|1"
            })
    void match_upToTwoPlainWordsBetweenMarkedCountAndProduct_keepTheCount(String heading, String code, int expected) {
        assertThat(only(heading).product().code()).isEqualTo(code);
        assertThat(only(heading).quantity()).isEqualTo(expected);
    }

    @Test
    void match_countAfterAProductWithWordsBeforeTheNext_staysWithTheEarlier() {
        assertThat(MATCHER.match("BellaBot 2x neue KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 2), tuple("KETTYBOT", 1));
        assertThat(MATCHER.match("KettyBot – 4 Stück Kunde BellaBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("KETTYBOT", 4), tuple("BELLABOT", 1));
        assertThat(MATCHER.match("BellaBot 2x, neue KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 2), tuple("KETTYBOT", 1));
        assertThat(MATCHER.match("2x BellaBot Pudu KettyBot").mentions())
                .extracting(m -> m.product().code(), Mention::quantity)
                .containsExactly(tuple("BELLABOT", 2), tuple("KETTYBOT", 1));
    }

    // D6: a count glued after the product.

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BellaBot2x|BELLABOT|2",
                "Omnie2x|OMNIE|2",
                "Omnie2X Lieferung|OMNIE|2",
                "BellaBot\ufeff2x|BELLABOT|2",
                "Omnie3Stk.|OMNIE|3",
                "KettyBot12pcs|KETTYBOT|12"
            })
    void match_countGluedAfterProductEndingWithALetter_isItsQuantity(String heading, String code, int expected) {
        Mention mention = only(heading.replace("\\ufeff", "\ufeff"));

        assertThat(mention.product().code()).isEqualTo(code);
        assertThat(mention.quantity()).isEqualTo(expected);
        assertThat(mention.quantitySource()).isEqualTo(QuantitySource.MARKER);
    }

    @Test
    void match_digitsGluedAfterAliasEndingWithADigit_areNoCount() {
        assertThat(MATCHER.match("CC12x").isEmpty()).isTrue();
        assertThat(MATCHER.match("BellaBot2").isEmpty()).isTrue();
        assertThat(MATCHER.match("BellaBot2xl").isEmpty()).isTrue();
    }

    @Test
    void explain_countGluedAfterAliasEndingWithADigit_proposesNoAliasThatWouldLoseTheCount() {
        Candidate candidate = MATCHER.explain("CC12x").candidates().get(0);

        assertThat(candidate.verdict()).isEqualTo(Verdict.BOUNDARY_AFTER);
        assertThat(candidate.catalogueFixes()).isEmpty();
    }

    // What --explain shows.

    @Test
    void explain_numberRefusedAsCount_saysWhatItIs() {
        Candidate candidate =
                MATCHER.explain("Wartungsvertrag 2025 BellaBot").candidates().get(0);

        assertThat(candidate.quantity())
                .isEqualTo(new QuantityReading(1, "", false, QuantitySource.DEFAULT, "2025", "a year"));
        assertThat(candidate.describe()).endsWith("counted, quantity 1 (no count read: \"2025\" next to it is a year)");
    }

    @Test
    void explain_labelledNumber_namesTheLabel() {
        Candidate candidate =
                MATCHER.explain("Lieferung KW 12 BellaBot").candidates().get(0);

        assertThat(candidate.describe()).contains("\"12\" next to it is a number after 'KW'");
    }

    @Test
    void explain_bareNumber_asksForACheck() {
        Candidate candidate = MATCHER.explain("4711 BellaBot").candidates().get(0);

        assertThat(candidate.quantity().source()).isEqualTo(QuantitySource.BARE_NUMBER);
        assertThat(candidate.describe()).contains("quantity 4711 (read from \"4711\", a number without a count marker");
    }

    @Test
    void explain_countAfterProductInBrackets_showsTheWholeCount() {
        Candidate candidate =
                MATCHER.explain("KettyBot (2 Stk.) Lieferung").candidates().get(0);

        assertThat(candidate.quantity().text()).isEqualTo("(2 Stk.)");
        assertThat(candidate.quantity().source()).isEqualTo(QuantitySource.MARKER);
    }
}
