package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.entities.SaleStore;
import java.util.Optional;

/**
 * The sale ids a FindSale filter leaves, as far as its top-level {@code saleId lt N} and {@code saleId gt N} terms say
 * (the terms of keyset paging): a walk over sales ordered by id starts at the first sale in range instead of the first
 * sale, so that reading the next page by key costs what reading it by offset with a remembered cursor costs.
 *
 * @param below every id kept is lower than this
 * @param above every id kept is higher than this
 */
record KeyRange(long below, long above) {
    static final KeyRange ALL = new KeyRange(Long.MAX_VALUE, Long.MIN_VALUE);

    static Optional<KeyRange> of(SaleArchiveRequest query) {
        long below = Long.MAX_VALUE;
        long above = Long.MIN_VALUE;
        for (FilterParser.Comparison term : query.filter().conjuncts()) {
            if (!term.column().name().equals("saleId") || term.operands().size() != 1) continue;
            Optional<Long> value = whole(term.operands().get(0).text());
            if (value.isEmpty()) continue;
            switch (term.operator()) {
                case "lt", "less" -> below = Math.min(below, value.get());
                case "gt", "greater" -> above = Math.max(above, value.get());
                default -> {}
            }
        }
        return below == Long.MAX_VALUE && above == Long.MIN_VALUE
                ? Optional.empty()
                : Optional.of(new KeyRange(below, above));
    }

    /**
     * How many sales a walk in this direction passes before the first one in range; {@code sales} must be ordered by
     * id.
     */
    int walkedBefore(SaleStore sales, boolean ascending) {
        return ascending ? firstPosition(sales, above + 1) : sales.size() - firstPosition(sales, below);
    }

    /** The first position whose sale id is at least {@code id} ({@code size} when none is). */
    private static int firstPosition(SaleStore sales, long id) {
        int low = 0;
        int high = sales.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sales.at(middle).saleId() < id) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static Optional<Long> whole(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
