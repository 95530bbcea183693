package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Product families from {@code List/ProductFamily/Items}, products from the {@code Product} archive paged by product id
 * ({@link KeysetPager}: complete when the tenant caps its pages, each product once when the price list changes during
 * the read).
 */
public final class SuperOfficeCatalogSource implements CrmCatalogSource {
    static final List<String> PRODUCT_COLUMNS =
            List.of("productId", "code", "name", "productFamilyKey", "listPrice", "inAssortment");
    static final KeysetPager.Key KEY = KeysetPager.Key.ascending("productId");

    private final SuperOfficeApi api;
    private final int pageSize;

    SuperOfficeCatalogSource(SuperOfficeApi api, int pageSize) {
        this.api = api;
        this.pageSize = pageSize;
    }

    @Override
    public List<ProductFamily> productFamilies(boolean includeDeleted) {
        try {
            return api.productFamilyItems(includeDeleted).stream()
                    .filter(item -> item.id() != null && item.id() > 0)
                    .map(item -> new ProductFamily(
                            item.id(), item.name(), item.tooltip(), Boolean.TRUE.equals(item.deleted())))
                    .toList();
        } catch (SuperOfficeApiException e) {
            throw new CrmCatalogException(Failures.kindOf(e), e.getMessage(), e);
        }
    }

    @Override
    public List<CrmProduct> products() {
        try {
            List<CrmProduct> products = new ArrayList<>();
            KeysetPager.Facts facts = KeysetPager.readAll(
                    new KeysetPager(PRODUCT_COLUMNS, "", KEY, pageSize),
                    api::findProducts,
                    (row, route) -> toProduct(row, route, api.listText()).ifPresent(products::add));
            KeysetPager.log("Product", facts);
            return products;
        } catch (SuperOfficeApiException e) {
            throw new CrmCatalogException(Failures.kindOf(e), e.getMessage(), e);
        }
    }

    /** @param listText reads {@code productFamilyKey}, a list value, in the configured language */
    private static java.util.Optional<CrmProduct> toProduct(JsonNode row, String route, MultiLanguageText listText) {
        long id = row.path("productId").asLong(0);
        if (id <= 0) {
            return java.util.Optional.empty();
        }
        JsonNode price = row.get("listPrice");
        BigDecimal listPrice = null;
        if (price != null && !price.isNull() && !price.asText().isBlank()) {
            try {
                listPrice = price.isNumber()
                        ? price.decimalValue()
                        : new BigDecimal(price.asText().strip());
            } catch (NumberFormatException e) {
                throw SuperOfficeApiException.of(
                        SuperOfficeApiException.Failure.BAD_RESPONSE,
                        route,
                        "SuperOffice answered " + route + ": listPrice of product " + id + " is not a number: '"
                                + price.asText() + "'",
                        null);
            }
        }
        JsonNode assortment = row.get("inAssortment");
        boolean inAssortment = assortment == null
                || assortment.isNull()
                || assortment.asBoolean(Objects.equals(assortment.asText(), "1"));
        return java.util.Optional.of(new CrmProduct(
                id,
                row.path("code").asText(""),
                row.path("name").asText(""),
                listText.pick(row.path("productFamilyKey").asText("")),
                listPrice,
                inAssortment));
    }
}
