package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.roboplanet.soconnector.domain.port.out.RawSaleInspector;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The FindSale rows the report reads (same columns, filter and order as {@link SuperOfficeSaleSource})
 * and {@code GET v1/Sale/{id}}, pretty-printed for {@code inspect}.
 */
public final class SuperOfficeRawSaleInspector implements RawSaleInspector {
    private final SuperOfficeSaleSource source;
    private final SuperOfficeApi api;

    SuperOfficeRawSaleInspector(SuperOfficeSaleSource source, SuperOfficeApi api) {
        this.source = source;
        this.api = api;
    }

    @Override
    public List<RawSale> listRows(SaleQuery query) {
        List<RawSale> rows = new ArrayList<>();
        source.readRows(query, (sale, row) -> rows.add(new RawSale(sale.id(), pretty(row))));
        return rows;
    }

    @Override
    public Optional<RawSale> listRow(long saleId) {
        try {
            ArchiveQuery query = new ArchiveQuery(
                    source.columns(), SaleRows.SALE_ID + " eq " + saleId, SuperOfficeSaleSource.KEY.orderBy(), 1, 0);
            return api.findSales(query).rows().stream().findFirst().map(row -> new RawSale(saleId, pretty(row)));
        } catch (SuperOfficeApiException e) {
            throw new SaleSourceException(Failures.kindOf(e), e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> fullRecord(long saleId) {
        try {
            return api.saleEntity(saleId).map(SuperOfficeRawSaleInspector::pretty);
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
