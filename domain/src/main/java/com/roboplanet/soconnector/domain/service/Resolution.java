package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.MatchSource;
import com.roboplanet.soconnector.domain.model.Product;
import java.util.Objects;

/**
 * Which product one structured value of a sale (a quote line, or a product code in a user-defined field) was
 * resolved to, and by which rule (ADR 0002, "Structured sources"), so that {@code --explain} can say why a line
 * counts where it does.
 *
 * @param source {@link MatchSource#QUOTE_LINE} or {@link MatchSource#UDF}
 * @param code the code as the sale carries it (for a quote line without one: its product family, else empty)
 * @param name the quote line's product name; for a user-defined field, which carries a code only, the name the CRM's
 *     product archive gives the code when the report had to ask it (rule S6), else empty
 * @param product the catalogue product, or for {@link Rule#CRM_PRODUCT} the CRM's product as it is (its code and name)
 * @param detail what the rule found, for a person ({@code alias RR-02-017-OMNIE of OMNIE})
 */
record Resolution(MatchSource source, String code, String name, Product product, Rule rule, String detail) {

    /** The rules in the order they are tried; the first that applies decides. */
    enum Rule {
        /** The code is a catalogue product's code: {@code CC1}. */
        CODE,
        /** The whole code, once folded, is a product's alias, code or name: {@code RR-02-017-OMNIE} for OMNIE. */
        WHOLE_CODE,
        /**
         * The whole name, once folded, is a product's alias, code or name: {@code Pudu CC1 Reinigungsroboter} (the name
         * of CC1), {@code Keenon T8} (an alias of KEENON-T8).
         */
        WHOLE_NAME,
        /**
         * The name starts with an alias of the product, with at most words of the product's own catalogue name before
         * it: {@code Ladestation CC1} starts with {@code Ladestation*} (CHARGER), {@code Pudu CC1 cleaning robot} with
         * {@code CC1} after {@code Pudu} (a word of {@code Pudu CC1 Reinigungsroboter}). Not used when another line of
         * the sale names that product by one of the rules before, because then this line is an accessory of it.
         */
        NAME_START,
        /**
         * A user-defined field's code is the code or name of a quote line of the same sale: the field names what that
         * line names ({@code PD-HB-01} beside the quote line {@code PD-HB-01 Pudu HolaBot}).
         */
        SAME_AS_QUOTE_LINE,
        /**
         * None of the rules before applies: the value is reported as the CRM has it, under its own code ({@code
         * SP-BRUSH-CC1 Bürstenset CC1}, whose name only contains the alias {@code CC1}).
         */
        CRM_PRODUCT
    }

    Resolution {
        Objects.requireNonNull(source, "source");
        code = Objects.requireNonNullElse(code, "");
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(rule, "rule");
        detail = Objects.requireNonNullElse(detail, "");
    }

    /** The value as the sale carries it: code and name. */
    String text() {
        return (code + " " + name).strip();
    }

    /** Whether the value was mapped to a catalogue product, rather than reported as the CRM has it. */
    boolean resolved() {
        return rule != Rule.CRM_PRODUCT;
    }

    /**
     * One line for a person, e.g. {@code quote line "CH-CC1-01 Ladestation CC1": CHARGER, its name starts with alias
     * Ladestation* of CHARGER}.
     */
    String describe() {
        String what = source == MatchSource.QUOTE_LINE
                ? "quote line \"" + text() + "\": "
                : "user-defined field \"" + code + "\"" + (name.isEmpty() ? "" : " (the CRM names it \"" + name + "\")")
                        + ": ";
        String how = switch (rule) {
            case CODE -> "the catalogue's product code";
            case WHOLE_CODE -> "its code is " + detail;
            case WHOLE_NAME -> "its name is " + detail;
            case NAME_START -> "its name starts with " + detail;
            case SAME_AS_QUOTE_LINE -> "the same as " + detail;
            case CRM_PRODUCT -> "reported as the CRM has it, " + detail;
        };
        return what + product.code() + ", " + how;
    }
}
