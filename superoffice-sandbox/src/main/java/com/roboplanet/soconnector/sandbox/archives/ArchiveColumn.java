package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.http.Language;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A FindSale column: its exact name, its type, the raw value filters and orderings see, and the value a Slim row shows
 * (display text for list and associate columns).
 */
record ArchiveColumn(
        String name,
        ColumnType type,
        boolean quoteLine,
        Function<ArchiveRow, Object> raw,
        BiFunction<ArchiveRow, Language, Object> display) {

    static ArchiveColumn plain(String name, ColumnType type, Function<ArchiveRow, Object> raw) {
        return new ArchiveColumn(name, type, false, raw, (row, language) -> raw.apply(row));
    }
}
