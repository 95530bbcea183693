package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.InspectSalesCommand;
import com.roboplanet.soconnector.domain.port.in.InspectSalesUseCase;
import com.roboplanet.soconnector.domain.port.in.InspectedSale;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import java.util.List;

/**
 * Reads CRM sales the way the report does (same columns, filter and order, but sales without a customer too, because
 * those are the ones people look for) and matches their headings against the catalogue the user chose (the
 * built-in keywords, or a file as {@code report --catalog} reads it; the CRM's products are not merged in).
 */
public final class InspectSalesService implements InspectSalesUseCase {
    private final SaleSources sources;
    private final CatalogFiles catalogFiles;

    public InspectSalesService(SaleSources sources, CatalogFiles catalogFiles) {
        this.sources = sources;
        this.catalogFiles = catalogFiles;
    }

    /** Loads the catalogue before the sales, so that a broken catalogue file is reported before the CRM is asked. */
    @Override
    public List<InspectedSale> inspect(InspectSalesCommand command) {
        ProductMatcher matcher = ProductMatcher.of(
                command.catalog().file() == null
                        ? ProductCatalog.builtIn()
                        : catalogFiles.read(command.catalog().file()));
        SaleRecords records = sources.records(SaleOrigin.crm(false));
        List<SaleRecord> shown = command.saleId() != null
                ? records.find(command.saleId()).map(List::of).orElse(List.of())
                : records.latest(new SaleQuery(SEARCH_WINDOW, null, null, false)).stream()
                        .filter(r -> !command.withoutCustomer() || r.sale().customer() == null)
                        .filter(r -> !command.unmatched()
                                || matcher.match(r.sale().heading()).isEmpty())
                        .limit(command.limit())
                        .toList();
        return shown.stream()
                .map(r -> new InspectedSale(
                        r,
                        command.withFullRecord()
                                ? records.fullRecord(r.sale().id()).orElse(null)
                                : null,
                        Recognition.products(matcher.match(r.sale().heading()))))
                .toList();
    }
}
