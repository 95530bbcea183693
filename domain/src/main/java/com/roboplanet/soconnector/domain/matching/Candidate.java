package com.roboplanet.soconnector.domain.matching;

import com.roboplanet.soconnector.domain.model.Product;
import java.util.List;
import java.util.Objects;

/**
 * One alias found in a heading's skeleton, and what the matcher made of it.
 *
 * @param alias the alias as the catalogue writes it (with its trailing {@code *} if any)
 * @param start start of the found text in the original heading
 * @param end end (exclusive) of the found text in the original heading
 * @param text the found text as written in the heading
 * @param offendingCodePoint for a boundary verdict, the letter or digit that touches the match; otherwise -1
 * @param related for {@link Verdict#OVERLAPPED} the index of the candidate that holds the characters, for
 *     {@link Verdict#MERGED} the index of the candidate that starts the mention; otherwise -1
 * @param cause for {@link Verdict#ACCESSORY} the part's word ({@code tray}), for {@link Verdict#NEGATED} the
 *     negation or cancellation ({@code kein}, {@code Storno}), as written; otherwise empty
 * @param quantity for {@link Verdict#ACCEPTED}, the quantity read for the mention (also for a part's or negated
 *     mention: what was read there and not counted); otherwise the default
 * @param catalogueFixes for a boundary verdict, aliases that would have matched here (the whole word, or
 *     the alias with a trailing {@code *}); otherwise empty
 */
public record Candidate(
        Product product,
        String alias,
        int start,
        int end,
        String text,
        Verdict verdict,
        int offendingCodePoint,
        int related,
        String cause,
        QuantityReading quantity,
        List<String> catalogueFixes) {

    public Candidate {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(quantity, "quantity");
        catalogueFixes = List.copyOf(catalogueFixes);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** One line for a person, e.g. {@code "Omnies" at 4..10: alias Omnie of OMNIE, not counted: 's' follows}. */
    public String describe() {
        String head = "\"" + text + "\" at " + start + ".." + end + ": alias " + alias + " of " + product.code() + ", ";
        return head
                + switch (verdict) {
                    case ACCEPTED -> "counted, quantity " + quantity.quantity() + quantityNote();
                    case MERGED -> "counted with candidate #" + related + " (same product, one mention)";
                    case BOUNDARY_BEFORE ->
                        "not counted: '" + Character.toString(offendingCodePoint) + "' comes directly before it"
                                + fixNote();
                    case BOUNDARY_AFTER ->
                        "not counted: '" + Character.toString(offendingCodePoint) + "' comes directly after it"
                                + fixNote();
                    case OVERLAPPED -> "not counted: candidate #" + related + " holds some of its characters";
                    case ACCESSORY ->
                        "not counted: '" + cause + "' next to it names a part for it, not the product itself"
                                + (related >= 0
                                        ? "; counted with candidate #" + related + ", the part's product"
                                        : quantity.written()
                                                ? " (\"" + quantity.text() + "\" is the part's count)"
                                                : "");
                    case NEGATED ->
                        cause.isEmpty()
                                ? "not counted: a cancellation before it in the heading covers it"
                                : "not counted: '" + cause + "' before it says it is not sold";
                };
    }

    private String quantityNote() {
        if (quantity.outOfRange()) {
            return " (\"" + quantity.text() + "\" is outside " + QuantityReading.MIN + ".." + QuantityReading.MAX
                    + ", ignored)";
        }
        return switch (quantity.source()) {
            case MARKER -> " (read from \"" + quantity.text() + "\")";
            case BARE_NUMBER -> " (read from \"" + quantity.text() + "\", a number without a count marker: check it)";
            default ->
                quantity.refused().isEmpty()
                        ? " (none written)"
                        : " (no count read: \"" + quantity.refused() + "\" next to it is " + quantity.refusedAs() + ")";
        };
    }

    private String fixNote() {
        return catalogueFixes.isEmpty() ? "" : "; to count it, add alias " + String.join(" or ", catalogueFixes);
    }
}
