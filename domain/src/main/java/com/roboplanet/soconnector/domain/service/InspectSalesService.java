package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.InspectSalesCommand;
import com.roboplanet.soconnector.domain.port.in.InspectSalesUseCase;
import com.roboplanet.soconnector.domain.port.in.InspectedSale;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleRecords;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import java.util.List;

/**
 * Reads CRM sales the way the report does (same columns, filter and order, but sales without a customer too, because
 * those are the ones people look for) and matches their headings against the built-in catalogue.
 */
public final class InspectSalesService implements InspectSalesUseCase {
    private final SaleSources sources;

    public InspectSalesService(SaleSources sources) {
        this.sources = sources;
    }

    @Override
    public List<InspectedSale> inspect(InspectSalesCommand command) {
        SaleRecords records = sources.records(SaleOrigin.crm(false));
        ProductMatcher matcher = ProductMatcher.of(ProductCatalog.builtIn());
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
