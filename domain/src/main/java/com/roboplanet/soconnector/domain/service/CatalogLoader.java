package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogCommand;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;

/** The catalogue a run chose: the file or the built-in keywords, then the CRM's products if asked for. */
final class CatalogLoader {
    private final CatalogFiles files;
    private final MergeCrmCatalogUseCase crmProducts;

    CatalogLoader(CatalogFiles files, MergeCrmCatalogUseCase crmProducts) {
        this.files = files;
        this.crmProducts = crmProducts;
    }

    ProductCatalog load(CatalogChoice choice) {
        ProductCatalog base = choice.file() == null ? ProductCatalog.builtIn() : files.read(choice.file());
        return choice.withCrmProducts() ? crmProducts.merge(new MergeCrmCatalogCommand(base)) : base;
    }
}
