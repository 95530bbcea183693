package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.ContentType;

/** One method per SuperOffice endpoint the connector uses; answers are the adapter's own DTOs. */
final class SuperOfficeApi {
    static final String SALE_ARCHIVE = "v1/Sale";
    static final String PRODUCT_ARCHIVE = "v1/Product";
    static final String PRODUCT_FAMILIES = "v1/List/ProductFamily/Items";
    /** The quote line archive provider: one row per quote line, joined to its alternative, version, quote and sale. */
    static final String QUOTE_LINE_ARCHIVE = "v1/Archive/ConfigurableArchiveQuoteLine";

    private final RequestExecutor executor;
    private final MultiLanguageText listText;

    /** @param listText how list names and values that come back in several languages are read */
    SuperOfficeApi(RequestExecutor executor, MultiLanguageText listText) {
        this.executor = executor;
        this.listText = listText;
    }

    /** Reads list names and list values that come back in SuperOffice's multi-language form. */
    MultiLanguageText listText() {
        return listText;
    }

    /** {@code GET v1/Sale}: the FindSale archive. */
    ArchivePage findSales(ArchiveQuery query) {
        return archive(SALE_ARCHIVE, query);
    }

    /** {@code GET v1/Archive/ConfigurableArchiveQuoteLine}: quote lines with their alternative, quote and sale. */
    ArchivePage findQuoteLines(ArchiveQuery query) {
        return archive(QUOTE_LINE_ARCHIVE, query);
    }

    /** {@code GET v1/Sale/{id}}: the PascalCase SaleEntity, as JSON; empty for 404. */
    Optional<JsonNode> saleEntity(long saleId) {
        return entity("v1/Sale/" + saleId);
    }

    /** {@code POST v1/Agents/Quote/GetQuoteFromSaleId}: read-only, so retried like a GET. */
    JsonNode quoteFromSaleId(long saleId) {
        return executor.post("v1/Agents/Quote/GetQuoteFromSaleId", Map.of("SaleId", saleId), true);
    }

    /** {@code POST v1/Agents/Quote/GetQuoteAlternatives}: a JSON array. */
    JsonNode quoteAlternatives(long quoteVersionId) {
        return array(
                "v1/Agents/Quote/GetQuoteAlternatives",
                executor.post("v1/Agents/Quote/GetQuoteAlternatives", Map.of("QuoteVersionId", quoteVersionId), true));
    }

    /** {@code POST v1/Agents/Quote/GetQuoteLines}: a JSON array. */
    JsonNode quoteLines(long quoteAlternativeId) {
        return array(
                "v1/Agents/Quote/GetQuoteLines",
                executor.post("v1/Agents/Quote/GetQuoteLines", Map.of("QuoteAlternativeId", quoteAlternativeId), true));
    }

    private static JsonNode array(String path, JsonNode body) {
        if (!body.isArray()) {
            throw badShape("POST " + path, "a JSON array");
        }
        return body;
    }

    /** {@code GET v1/Product}: the Product archive. */
    ArchivePage findProducts(ArchiveQuery query) {
        return archive(PRODUCT_ARCHIVE, query);
    }

    /**
     * {@code GET v1/List/ProductFamily/Items?includeDeleted=}: a bare JSON array; names and tooltips in the configured
     * language even when the tenant answers them in its multi-language form.
     */
    List<ListItemDto> productFamilyItems(boolean includeDeleted) {
        Map<String, String> query = Map.of("includeDeleted", Boolean.toString(includeDeleted));
        String route = RequestExecutor.route("GET", PRODUCT_FAMILIES, query);
        JsonNode body = executor.get(PRODUCT_FAMILIES, query);
        if (!body.isArray()) {
            throw badShape(route, "a JSON array of list items");
        }
        List<ListItemDto> items = new ArrayList<>(body.size());
        for (JsonNode item : body) {
            try {
                ListItemDto dto = Json.MAPPER.treeToValue(item, ListItemDto.class);
                items.add(new ListItemDto(
                        dto.id(), listText.pick(dto.name()), listText.pick(dto.tooltip()), dto.deleted()));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw badShape(route, "list items with Id, Name, Tooltip and Deleted");
            }
        }
        return items;
    }

    /** {@code GET v1/Person}: the FindPerson archive. */
    ArchivePage findPersons(ArchiveQuery query) {
        return archive("v1/Person", query);
    }

    /** {@code GET v1/Archive/InternalUsers}: the tenant's own users (associates) with their e-mail addresses. */
    ArchivePage internalUsers(ArchiveQuery query) {
        return archive("v1/Archive/InternalUsers", query);
    }

    /** {@code GET v1/Document}: the Document archive. */
    ArchivePage findDocuments(ArchiveQuery query) {
        return archive("v1/Document", query);
    }

    /** {@code GET v1/Appointment}: the FindAppointment archive (follow-ups, tasks). */
    ArchivePage findAppointments(ArchiveQuery query) {
        return archive("v1/Appointment", query);
    }

    /** {@code GET v1/Document/{id}/Content}: the document's bytes as stored. */
    byte[] documentContent(long documentId) {
        return executor.getBytes("v1/Document/" + documentId + "/Content");
    }

    /** {@code GET v1/Person/{id}}: the PascalCase PersonEntity; empty for 404. */
    Optional<JsonNode> personEntity(long personId) {
        return entity("v1/Person/" + personId);
    }

    /** {@code GET v1/User/currentPrincipal}: who the API user is (SoPrincipalCarrier). */
    JsonNode currentPrincipal() {
        return object("v1/User/currentPrincipal", executor.get("v1/User/currentPrincipal", Map.of()));
    }

    /** {@code GET v1/Document/default} and {@code GET v1/Appointment/default}: blanks carrying the table rights. */
    JsonNode entityDefault(String entity) {
        String path = "v1/" + entity + "/default";
        return object(path, executor.get(path, Map.of()));
    }

    /** {@code GET v1/List/DocumentTemplate/Items}: a bare array of DocumentTemplateEntity. */
    JsonNode documentTemplates() {
        return array("GET v1/List/DocumentTemplate/Items", executor.get("v1/List/DocumentTemplate/Items", Map.of()));
    }

    /** {@code GET v1/List/Task/Items}: a bare array of TaskListItem. */
    JsonNode taskListItems() {
        return array("GET v1/List/Task/Items", executor.get("v1/List/Task/Items", Map.of()));
    }

    /** {@code POST v1/Document}: creates the archive record; not repeated on failure (it would create two). */
    JsonNode createDocument(Map<String, Object> document) {
        return object("v1/Document", executor.post("v1/Document", document, false));
    }

    /** {@code PUT v1/Document/{id}/Content}: the document's bytes. */
    JsonNode putDocumentContent(long documentId, byte[] content, String mimeType) {
        String path = "v1/Document/" + documentId + "/Content";
        return executor.put(path, content, ContentType.create(mimeType));
    }

    /** {@code POST v1/Appointment}: creates a follow-up; not repeated on failure (it would create two). */
    JsonNode createAppointment(Map<String, Object> appointment) {
        return object("v1/Appointment", executor.post("v1/Appointment", appointment, false));
    }

    /** {@code POST v1/Agents/EMail/Send}: sends; never repeated on an ambiguous failure. */
    JsonNode sendEmails(Map<String, Object> request) {
        return array("POST v1/Agents/EMail/Send", executor.post("v1/Agents/EMail/Send", request, false));
    }

    /** {@code POST v1/Agents/EMail/GetCurrentAccountId}: read-only, answers only when the agent is granted. */
    JsonNode emailCurrentAccountId() {
        return executor.postWithoutBody("v1/Agents/EMail/GetCurrentAccountId");
    }

    /** {@code POST v1/Agents/CRMScript/CreateDefaultCRMScriptEntity}: a blank script, saved nowhere. */
    JsonNode crmScriptDefault() {
        return executor.postWithoutBody("v1/Agents/CRMScript/CreateDefaultCRMScriptEntity");
    }

    private Optional<JsonNode> entity(String path) {
        try {
            return Optional.of(object(path, executor.get(path, Map.of())));
        } catch (SuperOfficeApiException e) {
            if (e.status() == 404 && e.failure() == Failure.REJECTED) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static JsonNode object(String path, JsonNode body) {
        if (!body.isObject()) {
            throw badShape(path, "a JSON object");
        }
        return body;
    }

    private ArchivePage archive(String path, ArchiveQuery query) {
        Map<String, String> parameters = query.parameters();
        String route = RequestExecutor.route("GET", path, parameters);
        JsonNode body = executor.get(path, parameters);
        JsonNode value = body.get("value");
        if (value == null || !value.isArray()) {
            throw badShape(route, "an OData envelope with a 'value' array");
        }
        List<JsonNode> rows = new ArrayList<>(value.size());
        for (JsonNode row : value) {
            if (!row.isObject()) {
                throw badShape(route, "rows that are JSON objects");
            }
            rows.add(row);
        }
        return new ArchivePage(rows, route);
    }

    private static SuperOfficeApiException badShape(String route, String expected) {
        return SuperOfficeApiException.of(
                Failure.BAD_RESPONSE,
                route,
                "SuperOffice answered " + route + " with JSON that is not " + expected,
                null);
    }
}
