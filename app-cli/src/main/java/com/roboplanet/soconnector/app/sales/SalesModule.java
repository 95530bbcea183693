package com.roboplanet.soconnector.app.sales;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.roboplanet.soconnector.adapters.csv.CsvCatalogFiles;
import com.roboplanet.soconnector.domain.port.in.ExplainSaleUseCase;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportUseCase;
import com.roboplanet.soconnector.domain.port.in.InspectSalesUseCase;
import com.roboplanet.soconnector.domain.port.in.ListCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.MergeCrmCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.ProposeCatalogEntriesUseCase;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsUseCase;
import com.roboplanet.soconnector.domain.port.out.CatalogFiles;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.ReportProgress;
import com.roboplanet.soconnector.domain.port.out.ReportSinks;
import com.roboplanet.soconnector.domain.port.out.SaleSources;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import com.roboplanet.soconnector.domain.service.CrmProductNames;
import com.roboplanet.soconnector.domain.service.ExplainSaleService;
import com.roboplanet.soconnector.domain.service.GenerateProductReportService;
import com.roboplanet.soconnector.domain.service.InspectSalesService;
import com.roboplanet.soconnector.domain.service.ListCatalogService;
import com.roboplanet.soconnector.domain.service.MergeCrmCatalogService;
import com.roboplanet.soconnector.domain.service.ProposeCatalogEntriesService;
import com.roboplanet.soconnector.domain.service.SuggestKeywordsService;
import java.util.function.Supplier;

/**
 * Reading sales and keeping the catalogue: where sales come from, where reports go and catalogue files (the
 * factories that turn those per-run values into adapters), and the use cases over them.
 */
public final class SalesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SaleSources.class).to(SaleSourceFactory.class);
        bind(ReportSinks.class).to(ReportSinkFactory.class);
        bind(CatalogFiles.class).to(CsvCatalogFiles.class);
    }

    @Provides
    MergeCrmCatalogUseCase mergeCrmCatalog(Supplier<CrmCatalogSource> crm, Warnings warnings) {
        return new MergeCrmCatalogService(crm, warnings);
    }

    @Provides
    CrmProductNames crmProductNames(Supplier<CrmCatalogSource> crm, Warnings warnings) {
        return new CrmProductNames(crm, warnings);
    }

    @Provides
    GenerateProductReportUseCase generateProductReport(
            SaleSources sources,
            ReportSinks sinks,
            CatalogFiles catalogFiles,
            MergeCrmCatalogUseCase crmProducts,
            CrmProductNames crmNames,
            ReportProgress progress) {
        return new GenerateProductReportService(sources, sinks, catalogFiles, crmProducts, crmNames, progress);
    }

    @Provides
    ExplainSaleUseCase explainSale(
            SaleSources sources,
            ReportSinks sinks,
            CatalogFiles catalogFiles,
            MergeCrmCatalogUseCase crmProducts,
            CrmProductNames crmNames) {
        return new ExplainSaleService(sources, sinks, catalogFiles, crmProducts, crmNames);
    }

    @Provides
    SuggestKeywordsUseCase suggestKeywords(
            SaleSources sources, CatalogFiles catalogFiles, Supplier<CrmCatalogSource> crm, Warnings warnings) {
        return new SuggestKeywordsService(sources, catalogFiles, crm, warnings);
    }

    @Provides
    ProposeCatalogEntriesUseCase proposeCatalogEntries(CatalogFiles catalogFiles) {
        return new ProposeCatalogEntriesService(catalogFiles);
    }

    @Provides
    InspectSalesUseCase inspectSales(SaleSources sources, CatalogFiles catalogFiles) {
        return new InspectSalesService(sources, catalogFiles);
    }

    @Provides
    ListCatalogUseCase listCatalog(Supplier<CrmCatalogSource> crm) {
        return new ListCatalogService(crm);
    }
}
