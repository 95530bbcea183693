package com.roboplanet.soconnector.sandbox.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.entities.Carriers;
import com.roboplanet.soconnector.sandbox.entities.QuoteLineRow;
import com.roboplanet.soconnector.sandbox.entities.SaleRow;
import com.roboplanet.soconnector.sandbox.entities.SaleStore;
import com.roboplanet.soconnector.sandbox.http.ApiError;
import com.roboplanet.soconnector.sandbox.http.DateText;
import java.util.Optional;

/**
 * The Quote agent. A quoted sale has one quote, one version and one alternative; their ids equal the sale id, so the
 * chain sale → quote → version → alternative → lines needs no stored state. A sale without a quote answers an empty
 * Quote carrier ({@code QuoteId} 0), versions of an unknown quote an empty array.
 */
final class QuoteAgent {
    private final Carriers carriers;
    private final SaleStore sales;

    QuoteAgent(Carriers carriers, SaleStore sales) {
        this.carriers = carriers;
        this.sales = sales;
    }

    Object call(String method, JsonNode body) {
        return switch (method) {
            case "GetQuoteFromSaleId" -> quote(quoted(requireInt(body, "SaleId")));
            case "GetQuoteVersions" ->
                quoted(requireInt(body, "QuoteId"))
                        .map(sale -> array(version(sale)))
                        .orElseGet(() -> carriers.object().arrayNode());
            case "GetQuoteAlternatives" ->
                quoted(requireInt(body, "QuoteVersionId"))
                        .map(sale -> array(alternative(sale)))
                        .orElseGet(() -> carriers.object().arrayNode());
            case "GetQuoteLines" ->
                quoted(requireInt(body, "QuoteAlternativeId"))
                        .map(this::lines)
                        .orElseGet(() -> carriers.object().arrayNode());
            default -> throw ApiError.notFound("The Quote agent has no method '" + method + "' in the sandbox");
        };
    }

    private Optional<SaleRow> quoted(int saleId) {
        var index = sales.indexOf(saleId);
        if (index.isEmpty()) return Optional.empty();
        SaleRow sale = sales.at(index.getAsInt());
        return sale.hasQuote() ? Optional.of(sale) : Optional.empty();
    }

    private static int requireInt(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw ApiError.badRequest("The request body needs the integer field '" + field + "'");
        }
        return value.asInt();
    }

    private ArrayNode array(ObjectNode item) {
        ArrayNode array = carriers.object().arrayNode();
        array.add(item);
        return array;
    }

    private ObjectNode quote(Optional<SaleRow> quoted) {
        ObjectNode node = carriers.object();
        int id = quoted.map(SaleRow::saleId).orElse(0);
        node.put("QuoteId", id);
        node.put("SaleId", id);
        node.put("QuoteConnectionId", quoted.isPresent() ? 1 : 0);
        node.put("ERPQuoteKey", "");
        node.put("ERPOrderKey", "");
        node.put("ActiveQuoteVersionId", id);
        node.put("AcceptedQuoteAlternativeId", 0);
        node.put("UseValuesFromQuote", 1);
        node.put("DocumentId", 0);
        node.put("PoNumber", "");
        node.put("OrderComment", "");
        node.put("PreferredEmailCulture", "de-DE");
        node.set("ActiveQuoteVersion", quoted.map(this::version).orElse(null));
        node.set("FavoriteQuoteAlternative", quoted.map(this::alternative).orElse(null));
        carriers.rights(node, "Select");
        return node;
    }

    private ObjectNode version(SaleRow sale) {
        ObjectNode node = carriers.object();
        node.put("QuoteVersionId", sale.saleId());
        node.put("ERPQuoteVersionKey", "");
        node.put("QuoteId", sale.saleId());
        node.put("Description", "");
        node.put("Number", sale.saleId() + "-1");
        node.put("State", "Sent");
        node.put("ArchivedState", "Unknown");
        node.put("Status", "Ok");
        node.put("Reason", "");
        node.put("LikelyQuoteAlternativeId", sale.saleId());
        node.put("SentDate", DateText.formatOrNone(sale.date()));
        node.put("ExpirationDate", DateText.formatOrNone(sale.date().plusDays(30)));
        node.put("Rank", 1);
        node.put("Registered", DateText.formatOrNone(sale.date()));
        node.put("Updated", DateText.formatOrNone(sale.updated()));
        node.putArray("QuoteAlternatives").add(alternative(sale));
        carriers.rights(node, "Select");
        return node;
    }

    private ObjectNode alternative(SaleRow sale) {
        ObjectNode node = carriers.object();
        double total =
                sale.quoteLines().stream().mapToDouble(QuoteLineRow::totalPrice).sum();
        node.put("QuoteAlternativeId", sale.saleId());
        node.put("ERPQuoteAlternativeKey", "");
        node.put("QuoteVersionId", sale.saleId());
        node.put("Name", "Alternative 1");
        node.put("Description", "");
        node.put("Status", "Ok");
        node.put("Reason", "");
        node.put("DiscountPercent", 0.0);
        node.put("DiscountAmount", 0.0);
        node.put("UserValueOverride", "None");
        node.put("VATInfo", "");
        node.put("VAT", 0.0);
        node.put("SubTotal", total);
        node.put("TotalPrice", total);
        carriers.rights(node, "Select");
        return node;
    }

    private ArrayNode lines(SaleRow sale) {
        ArrayNode array = carriers.object().arrayNode();
        for (QuoteLineRow line : sale.quoteLines()) {
            ObjectNode node = array.addObject();
            node.put("QuoteLineId", line.quoteLineId());
            node.put("ERPQuoteLineKey", "");
            node.put("QuoteAlternativeId", sale.saleId());
            node.put("ERPProductKey", line.erpProductKey());
            node.put("Status", "Ok");
            node.put("Reason", "");
            node.put("Quantity", line.quantity());
            node.put("DeliveredQuantity", 0.0);
            node.put("Rank", line.rank());
            node.put("Name", line.name());
            node.put("Description", "");
            node.put("Code", line.code());
            node.put("QuantityUnit", "Stk.");
            node.put("PriceUnit", "EUR");
            node.put("ItemNumber", line.code());
            node.put("ProductCategoryKey", "");
            node.put("ProductFamilyKey", line.productFamilyKey());
            node.put("ProductTypeKey", "");
            node.put("VAT", 0.0);
            node.put("UnitCost", 0.0);
            node.put("UnitListPrice", line.unitListPrice());
            node.putArray("ExtraInfo");
            node.put("IsSubscription", false);
            node.put("DiscountPercent", 0.0);
            node.put("DiscountAmount", 0.0);
            node.put("UserValueOverride", "None");
            node.put("SubTotal", line.totalPrice());
            node.put("TotalPrice", line.totalPrice());
            carriers.rights(node, "Select");
        }
        return array;
    }
}
