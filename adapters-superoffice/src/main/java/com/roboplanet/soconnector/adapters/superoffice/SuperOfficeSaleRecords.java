package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 * them.
 */
public final class SuperOfficeSaleRecords implements SaleRecords {
    private final SuperOfficeSaleSource source;
    private final SuperOfficeApi api;

    SuperOfficeSaleRecords(SuperOfficeSaleSource source, SuperOfficeApi api) {
        this.source = source;
        this.api = api;
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
                            SaleRows.toSale(row, page.route(), source.udfColumns(), api.listText()), pretty(row)));
        } catch (SuperOfficeApiException e) {
            throw new SaleSourceException(Failures.kindOf(e), e.getMessage(), e);
        }
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
