package com.roboplanet.soconnector.sandbox.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's user-defined sale fields: {@code SuperOffice:1} "Artikelnummer" (a product code typed in by the sales
 * rep) and {@code SuperOffice:2} "Stückzahl" (its quantity). Both are text fields, so an unset one reads as "".
 */
public final class SaleUdefs {
    static final String ARTICLE_NUMBER = "SuperOffice:1";
    static final String ARTICLE_QUANTITY = "SuperOffice:2";
    /** Every defined field's ProgId, in order. */
    public static final List<String> PROG_IDS = List.of(ARTICLE_NUMBER, ARTICLE_QUANTITY);
    /** An archive column of a field is this prefix plus its ProgId, such as {@code saleUdef/SuperOffice:1}. */
    public static final String ARCHIVE_PREFIX = "saleUdef/";

    private SaleUdefs() {}

    static Map<String, String> none() {
        return Map.of();
    }

    static Map<String, String> article(String code, int quantity) {
        return Map.of(ARTICLE_NUMBER, code, ARTICLE_QUANTITY, Integer.toString(quantity));
    }

    /** Every defined field, unset ones as "", in ProgId order: the shape of {@code Sale.UserDefinedFields}. */
    static Map<String, String> all(Map<String, String> set) {
        Map<String, String> fields = new LinkedHashMap<>();
        PROG_IDS.forEach(progId -> fields.put(progId, set.getOrDefault(progId, "")));
        return fields;
    }
}
