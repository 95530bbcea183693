package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.Candidate;
import com.roboplanet.soconnector.domain.matching.MatchExplanation;
import com.roboplanet.soconnector.domain.matching.ProductMatcher;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleCommand;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleUseCase;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.SaleExplanation;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import java.util.List;
import java.util.Optional;

/** Reads one sale with its record and lets the matcher explain every step it takes on the heading. */
public final class ExplainSaleService implements ExplainSaleUseCase {
    private final SaleSources sources;
    private final CatalogLoader catalogs;

    /** @param crmProducts asked only when the explanation adds the CRM's products to its catalogue */
    public ExplainSaleService(SaleSources sources, CatalogFiles catalogFiles, MergeCrmCatalogUseCase crmProducts) {
        this.sources = sources;
        this.catalogs = new CatalogLoader(catalogFiles, crmProducts);
    }

    /** Loads the catalogue before the sale, so that a broken catalogue file is reported before the CRM is asked. */
    @Override
    public Optional<SaleExplanation> explain(ExplainSaleCommand command) {
        ProductCatalog catalog = catalogs.load(command.catalog());
        return sources.records(command.origin()).find(command.saleId()).map(record -> explain(record, catalog));
    }

    private static SaleExplanation explain(SaleRecord record, ProductCatalog catalog) {
        String heading = record.sale().heading();
        if (heading.isBlank()) {
            return new SaleExplanation(record, catalog.size(), catalog.aliasCount(), "", List.of(), List.of());
        }
        MatchExplanation explanation = ProductMatcher.of(catalog).explain(heading);
        return new SaleExplanation(
                record,
                catalog.size(),
                catalog.aliasCount(),
                explanation.skeleton(),
                explanation.candidates().stream().map(Candidate::describe).toList(),
                Recognition.products(explanation.result()));
    }
}
