package com.roboplanet.soconnector.domain.model;

/** Where a product found on a sale came from, most trustworthy first. */
public enum MatchSource {
    QUOTE_LINE,
    UDF,
    HEADING
}
