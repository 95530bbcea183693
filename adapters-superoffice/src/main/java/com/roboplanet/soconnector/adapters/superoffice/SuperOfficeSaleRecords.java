package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The FindSale rows the report reads (same columns, filter and order as {@link SuperOfficeSaleSource}), each with
 * the sale mapped from it, and {@code GET v1/Sale/{id}}; rows and entities pretty-printed as SuperOffice returned
 * them. With {@link QuoteLines}, the one sale {@link #find} looks up has its quote lines read as the report reads
 * them, so that {@code report --explain} shows them.
 */
public final class SuperOfficeSaleRecords implements SaleRecords {
    private final SuperOfficeSaleSource source;
    private final SuperOfficeApi api;
    private final QuoteLines quoteLines;

    /** @param quoteLines null to leave quote lines unread */
    SuperOfficeSaleRecords(SuperOfficeSaleSource source, SuperOfficeApi api, QuoteLines quoteLines) {
        this.source = source;
        this.api = api;
        this.quoteLines = quoteLines;
    }

    @Override
    public List<SaleRecord> latest(SaleQuery query) {
        List<SaleRecord> rows = new ArrayList<>();
        source.readRows(query, (sale, row) -> rows.add(new SaleRecord(sale, pretty(row))));
        return rows;
    }

    @Override
    public Optional<SaleRecord> find(long saleId) {
        try {
            ArchiveQuery query = new ArchiveQuery(
                    source.columns(), SaleRows.SALE_ID + " eq " + saleId, SuperOfficeSaleSource.KEY.orderBy(), 1, 0);
            ArchivePage page = api.findSales(query);
            return page.rows().stream()
                    .findFirst()
                    .map(row -> new SaleRecord(
                            withQuoteLines(SaleRows.toSale(row, page.route(), source.udfColumns(), api.listText())),
                            pretty(row)));
        } catch (SuperOfficeApiException e) {
            throw new SaleSourceException(
                    Failures.kindOf(e),
                    e.getMessage()
                            + (Refusals.documented(e, QuoteLines.ROUTE)
                                    ? "; the API user may not read quotes: explain without them with --no-quote-lines"
                                    : ""),
                    e);
        }
    }

    private Sale withQuoteLines(Sale sale) {
        return quoteLines != null && sale.hasQuote() ? sale.withQuoteLines(quoteLines.of(sale.id())) : sale;
    }

    @Override
    public Optional<String> fullRecord(long saleId) {
        try {
            return api.saleEntity(saleId).map(SuperOfficeSaleRecords::pretty);
        } catch (SuperOfficeApiException e) {
            throw new SaleSourceException(Failures.kindOf(e), e.getMessage(), e);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree could not be written back", e);
        }
    }
}
