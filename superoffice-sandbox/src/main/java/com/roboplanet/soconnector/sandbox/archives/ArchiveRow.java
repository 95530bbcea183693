package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.entities.QuoteLineRow;
import com.roboplanet.soconnector.sandbox.entities.SaleRow;
import java.util.Map;

/**
 * One archive row. FindSale rows are a sale and, when quote line columns are in play, one of its quote lines; the
 * smaller archives (persons, users, documents) carry their raw values by column name in {@code cells}.
 */
record ArchiveRow(SaleRow sale, QuoteLineRow line, Map<String, Object> cells) {
    ArchiveRow(SaleRow sale, QuoteLineRow line) {
        this(sale, line, Map.of());
    }

    static ArchiveRow ofCells(Map<String, Object> cells) {
        return new ArchiveRow(null, null, cells);
    }
}
