package com.roboplanet.soconnector.sandbox;

/** One row of the FindSale archive: a sale, and one of its quote lines when quote line columns are in play. */
record ArchiveRow(SaleRow sale, QuoteLineRow line) {}
