package com.roboplanet.soconnector.sandbox.archives;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.StoredAppointment;
import com.roboplanet.soconnector.sandbox.StoredDocument;
import com.roboplanet.soconnector.sandbox.entities.Tenant;
import com.roboplanet.soconnector.sandbox.http.HttpCall;
import com.roboplanet.soconnector.sandbox.http.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The archive routes of the tenant API: FindSale ({@code GET Sale}, {@code GET Archive/FindSale}), the person, internal
 * user, document and appointment archives, the Product archive and the quote line archive
 * ({@code ConfigurableArchiveQuoteLine}). A query the real API would refuse throws
 * {@link QueryException}.
 */
public final class ArchiveRoutes {
    private final ObjectMapper json;
    private final SandboxOptions options;
    private final ArchiveColumns columns;
    private final FilterParser filters;
    private final SaleArchive sales;
    private final SaleArchiveWriter archiveWriter;
    private final EntityArchive persons;
    private final EntityArchive internalUsers;
    private final EntityArchive documents;
    private final EntityArchive appointments;
    private final ProductArchive products;
    private final QuoteLineArchive quoteLines;
    private final PagingScenarios paging;

    /**
     * Archives over {@code tenant}; the document and appointment archives read {@code storedDocuments} and {@code
     * storedAppointments} on each call.
     */
    public ArchiveRoutes(
            ObjectMapper json,
            SandboxOptions options,
            Tenant tenant,
            Supplier<List<StoredDocument>> storedDocuments,
            Supplier<List<StoredAppointment>> storedAppointments) {
        this.json = json;
        this.options = options;
        this.columns = new ArchiveColumns(tenant.customers());
        this.filters = new FilterParser(columns);
        this.sales = new SaleArchive(tenant.sales());
        this.archiveWriter = new SaleArchiveWriter(json.getFactory(), options.scenarios());
        this.persons = SmallArchives.persons(tenant.customers(), json);
        this.internalUsers = SmallArchives.internalUsers(json);
        this.documents = SmallArchives.documents(storedDocuments, json);
        this.appointments = SmallArchives.appointments(storedAppointments, json);
        this.products = new ProductArchive(tenant::products);
        this.quoteLines = new QuoteLineArchive(tenant.sales());
        this.paging = new PagingScenarios(options.scenarios(), tenant);
    }

    /**
     * Answers one archive route.
     *
     * @param route the route name, such as {@code GET Sale}
     * @param apiBase the current {@code webapi_url}, for {@code odata.metadata}
     * @param malformed cut the FindSale body short after two rows (the malformed page fault)
     */
    public void handle(HttpCall call, String route, String apiBase, boolean malformed) throws IOException {
        paging.beforePage(route);
        Map<String, String> params = paging.capped(call.params());
        switch (route) {
            case "GET Sale", "GET Archive/FindSale" -> saleArchive(call, params, apiBase, malformed);
            case "GET Person" -> call.sendJson(200, persons.answer(params, apiBase));
            case "GET Archive/InternalUsers" -> call.sendJson(200, internalUsers.answer(params, apiBase));
            case "GET Document" -> call.sendJson(200, documents.answer(params, apiBase));
            case "GET Appointment" -> call.sendJson(200, appointments.answer(params, apiBase));
            case "GET Product" -> call.sendJson(200, products.answer(json, params, apiBase, call.listLanguage()));
            case "GET Archive/ConfigurableArchiveQuoteLine" ->
                call.sendJson(200, quoteLines.answer(json, params, apiBase, call.listLanguage()));
            default -> throw new IllegalStateException("route without handler: " + route);
        }
    }

    private void saleArchive(HttpCall call, Map<String, String> params, String apiBase, boolean malformed)
            throws IOException {
        SaleArchiveRequest query =
                SaleArchiveRequest.parse(params, columns, filters, options.quoteLineColumnsAllowed());
        if (options.scenarios().refuseContactFilter()
                && query.filterText().replaceAll("\\s+", " ").contains("contact/contactId gt 0")) {
            throw new QueryException("The filter 'contact/contactId gt 0' is refused by this tenant (scenario)");
        }
        Language language = call.language();
        try (OutputStream out = call.startStream(HttpCall.JSON)) {
            archiveWriter.write(out, apiBase + "v1/Archive//$metadata", sales, query, language, malformed ? 2 : -1);
        }
    }
}
