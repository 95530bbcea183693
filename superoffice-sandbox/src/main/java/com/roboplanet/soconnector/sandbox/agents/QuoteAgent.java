package com.roboplanet.soconnector.sandbox.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.sandbox.entities.Carriers;
import com.roboplanet.soconnector.sandbox.entities.QuoteLineRow;
import com.roboplanet.soconnector.sandbox.entities.SaleQuote;
import com.roboplanet.soconnector.sandbox.entities.SaleRow;
import com.roboplanet.soconnector.sandbox.entities.SaleStore;
import com.roboplanet.soconnector.sandbox.http.ApiError;
import com.roboplanet.soconnector.sandbox.http.DateText;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The Quote agent over each quoted sale's {@link SaleQuote}: a quote has the sale's id; most have one version and one
 * alternative with the sale's id too, some (see {@code GeneratedSales}) a second alternative or an older version whose
 * ids are the sale's plus {@link SaleQuote#OTHER_ID_OFFSET}, so that every id leads back to its sale without
 * stored state. A sale without a quote answers an empty Quote carrier ({@code QuoteId} 0); versions, alternatives and
 * lines of an unknown id answer an empty array.
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
            case "GetQuoteFromSaleId" -> quote(sale(requireInt(body, "SaleId")));
            case "GetQuoteVersions" -> {
                ArrayNode array = carriers.object().arrayNode();
                sale(requireInt(body, "QuoteId"))
                        .ifPresent(sale -> sale.quote().versions().forEach(v -> array.add(version(sale, v))));
                yield array;
            }
            case "GetQuoteAlternatives" -> {
                int versionId = requireInt(body, "QuoteVersionId");
                ArrayNode array = carriers.object().arrayNode();
                owner(versionId, (sale, id) -> sale.quote().version(id).isPresent())
                        .ifPresent(sale -> sale.quote()
                                .version(versionId)
                                .orElseThrow()
                                .alternatives()
                                .forEach(a -> array.add(alternative(a))));
                yield array;
            }
            case "GetQuoteLines" -> {
                int alternativeId = requireInt(body, "QuoteAlternativeId");
                ArrayNode array = carriers.object().arrayNode();
                owner(alternativeId, (sale, id) -> sale.quote().alternative(id).isPresent())
                        .ifPresent(sale -> lines(
                                array, sale.quote().alternative(alternativeId).orElseThrow()));
                yield array;
            }
            default -> throw ApiError.notFound("The Quote agent has no method '" + method + "' in the sandbox");
        };
    }

    /** The quoted sale with {@code saleId}. */
    private Optional<SaleRow> sale(int saleId) {
        var index = sales.indexOf(saleId);
        if (index.isEmpty()) return Optional.empty();
        SaleRow sale = sales.at(index.getAsInt());
        return sale.hasQuote() ? Optional.of(sale) : Optional.empty();
    }

    /** The quoted sale whose quote has the version or alternative {@code id}: the sale's own id, or the other ids. */
    private Optional<SaleRow> owner(int id, BiPredicate<SaleRow, Integer> has) {
        return sale(id).filter(sale -> has.test(sale, id))
                .or(() -> sale(id - SaleQuote.OTHER_ID_OFFSET).filter(sale -> has.test(sale, id)));
    }

    private static int requireInt(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw ApiError.badRequest("The request body needs the integer field '" + field + "'");
        }
        return value.asInt();
    }

    private ObjectNode quote(Optional<SaleRow> quoted) {
        ObjectNode node = carriers.object();
        SaleQuote quote = quoted.map(SaleRow::quote).orElse(null);
        int id = quote == null ? 0 : quote.quoteId();
        node.put("QuoteId", id);
        node.put("SaleId", quoted.map(SaleRow::saleId).orElse(0));
        node.put("QuoteConnectionId", quote == null ? 0 : 1);
        node.put("ERPQuoteKey", "");
        node.put("ERPOrderKey", "");
        node.put(
                "ActiveQuoteVersionId",
                quote == null ? 0 : quote.activeVersion().versionId());
        node.put("AcceptedQuoteAlternativeId", quote == null ? 0 : quote.acceptedAlternativeId());
        node.put("UseValuesFromQuote", 1);
        node.put("DocumentId", 0);
        node.put("PoNumber", "");
        node.put("OrderComment", "");
        node.put("PreferredEmailCulture", "de-DE");
        node.set("ActiveQuoteVersion", quote == null ? null : version(quoted.get(), quote.activeVersion()));
        node.set(
                "FavoriteQuoteAlternative",
                quote == null
                        ? null
                        : quote.alternative(quote.favouriteAlternativeId())
                                .map(this::alternative)
                                .orElse(null));
        carriers.rights(node, "Select");
        return node;
    }

    private ObjectNode version(SaleRow sale, SaleQuote.Version version) {
        ObjectNode node = carriers.object();
        int rank = sale.quote().versions().indexOf(version) + 1;
        node.put("QuoteVersionId", version.versionId());
        node.put("ERPQuoteVersionKey", "");
        node.put("QuoteId", sale.quote().quoteId());
        node.put("Description", "");
        node.put("Number", sale.saleId() + "-" + rank);
        node.put("State", "Sent");
        node.put("ArchivedState", "Unknown");
        node.put("Status", "Ok");
        node.put("Reason", "");
        node.put("LikelyQuoteAlternativeId", version.alternatives().get(0).alternativeId());
        node.put("SentDate", DateText.formatOrNone(sale.date()));
        node.put("ExpirationDate", DateText.formatOrNone(sale.date().plusDays(30)));
        node.put("Rank", rank);
        node.put("Registered", DateText.formatOrNone(sale.date()));
        node.put("Updated", DateText.formatOrNone(sale.updated()));
        ArrayNode alternatives = node.putArray("QuoteAlternatives");
        version.alternatives().forEach(a -> alternatives.add(alternative(a)));
        carriers.rights(node, "Select");
        return node;
    }

    private ObjectNode alternative(SaleQuote.Alternative alternative) {
        ObjectNode node = carriers.object();
        double total = alternative.lines().stream()
                .mapToDouble(QuoteLineRow::totalPrice)
                .sum();
        node.put("QuoteAlternativeId", alternative.alternativeId());
        node.put("ERPQuoteAlternativeKey", "");
        node.put("QuoteVersionId", alternative.versionId());
        node.put("Name", alternative.name());
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

    private void lines(ArrayNode array, SaleQuote.Alternative alternative) {
        for (QuoteLineRow line : alternative.lines()) {
            ObjectNode node = array.addObject();
            node.put("QuoteLineId", line.quoteLineId());
            node.put("ERPQuoteLineKey", "");
            node.put("QuoteAlternativeId", alternative.alternativeId());
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
    }
}
