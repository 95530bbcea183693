package com.roboplanet.soconnector.sandbox.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quote of a quoted sale: its versions, each with its alternatives and their lines, and which alternative counts
 * (SuperOffice's Quote carrier: {@code AcceptedQuoteAlternativeId}, {@code FavoriteQuoteAlternative},
 * {@code ActiveQuoteVersionId}, "the active version will always be the latest version").
 *
 * @param acceptedAlternativeId the accepted alternative, 0 when none was accepted
 * @param favouriteAlternativeId the quote's favourite alternative, 0 when none is set
 * @param versions oldest first; the last one is the active version
 */
public record SaleQuote(int quoteId, int acceptedAlternativeId, int favouriteAlternativeId, List<Version> versions) {
    /**
     * The alternatives, versions and lines a generated quote has besides the ones that count have the sale's id plus
     * this (and lines ten times that plus their rank): SuperOffice ids are 32-bit, sale ids stay below 1,342,001.
     */
    public static final int OTHER_ID_OFFSET = 2_000_000;

    /** A version of the quote with its alternatives, in their order. */
    public record Version(int versionId, List<Alternative> alternatives) {
        public Version {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** An alternative: the lines of one offer the customer chooses between. */
    public record Alternative(int alternativeId, int versionId, String name, List<QuoteLineRow> lines) {
        public Alternative {
            Objects.requireNonNull(name, "alternative name");
            lines = List.copyOf(lines);
        }
    }

    /** A line with the alternative and version it belongs to. */
    public record PlacedLine(Version version, Alternative alternative, QuoteLineRow line) {}

    public SaleQuote {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) throw new IllegalArgumentException("a quote has at least one version: " + quoteId);
    }

    /** The quote most sales have: one version with one alternative, all with the sale's id, and it is the favourite. */
    public static SaleQuote single(int saleId, List<QuoteLineRow> lines) {
        return new SaleQuote(
                saleId,
                0,
                saleId,
                List.of(new Version(saleId, List.of(new Alternative(saleId, saleId, "Alternative 1", lines)))));
    }

    /** The active version: the latest. */
    public Version activeVersion() {
        return versions.get(versions.size() - 1);
    }

    /** The alternative that counts: the accepted one, else the favourite, else the active version's first. */
    public Alternative chosen() {
        return alternative(acceptedAlternativeId)
                .or(() -> alternative(favouriteAlternativeId))
                .orElseGet(() -> activeVersion().alternatives().get(0));
    }

    public Optional<Version> version(int versionId) {
        return versions.stream().filter(v -> v.versionId() == versionId).findFirst();
    }

    public Optional<Alternative> alternative(int alternativeId) {
        if (alternativeId == 0) return Optional.empty();
        return versions.stream()
                .flatMap(v -> v.alternatives().stream())
                .filter(a -> a.alternativeId() == alternativeId)
                .findFirst();
    }

    /** Every line of every version and alternative, in version, alternative and rank order. */
    public List<PlacedLine> allLines() {
        List<PlacedLine> lines = new ArrayList<>();
        for (Version version : versions)
            for (Alternative alternative : version.alternatives())
                for (QuoteLineRow line : alternative.lines()) lines.add(new PlacedLine(version, alternative, line));
        return lines;
    }

    /** Whether the quote has more than one alternative (over all versions). */
    public boolean severalAlternatives() {
        return versions.stream().mapToInt(v -> v.alternatives().size()).sum() > 1;
    }
}
