package com.roboplanet.soconnector.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A change someone else makes to the tenant while a client pages an archive: sales (or products) saved and deleted
 * between two page requests. It happens once, just before the archive answers its page request number
 * {@code afterPages + 1} (page requests to that archive counted from 1, whatever their filter), so that request and
 * every later one see the changed tenant. Saving a sale or product whose id exists replaces it; any other id adds
 * it.
 *
 * @param archive which archive's page requests are counted, and which records change
 * @param afterPages how many page requests the archive answered before the change (at least 1)
 * @param savedSales sales saved (only for {@link Archive#SALE})
 * @param savedProducts products saved (only for {@link Archive#PRODUCT})
 * @param deletedIds ids of the sales or products deleted; an id the tenant does not have is ignored
 */
public record ConcurrentEdit(
        Archive archive,
        int afterPages,
        List<ScenarioSale> savedSales,
        List<ScenarioProduct> savedProducts,
        Set<Integer> deletedIds) {

    /** The archive whose pages are counted: FindSale ({@code GET Sale}, {@code GET Archive/FindSale}) or Product. */
    public enum Archive {
        SALE,
        PRODUCT
    }

    public ConcurrentEdit {
        Objects.requireNonNull(archive, "archive");
        savedSales = List.copyOf(savedSales);
        savedProducts = List.copyOf(savedProducts);
        deletedIds = Set.copyOf(deletedIds);
        if (afterPages < 1) throw new IllegalArgumentException("an edit happens after page 1 or later: " + afterPages);
        if (archive == Archive.SALE ? !savedProducts.isEmpty() : !savedSales.isEmpty()) {
            throw new IllegalArgumentException(
                    "an edit between " + archive + " pages saves only that archive's records");
        }
    }

    /** Sales saved and deleted after the sale archive answered {@code afterPages} page requests. */
    public static ConcurrentEdit sales(int afterPages, List<ScenarioSale> saved, Set<Integer> deletedSaleIds) {
        return new ConcurrentEdit(Archive.SALE, afterPages, saved, List.of(), deletedSaleIds);
    }

    /** Products saved and deleted after the Product archive answered {@code afterPages} page requests. */
    public static ConcurrentEdit products(int afterPages, List<ScenarioProduct> saved, Set<Integer> deletedProductIds) {
        return new ConcurrentEdit(Archive.PRODUCT, afterPages, List.of(), saved, deletedProductIds);
    }
}
