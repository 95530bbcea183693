package com.roboplanet.soconnector.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.roboplanet.soconnector.adapters.csv.CsvJsonScriptOutput;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.crm.CrmModule;
import com.roboplanet.soconnector.app.probe.ProbeModule;
import com.roboplanet.soconnector.app.send.SendModule;
import com.roboplanet.soconnector.domain.port.in.GenerateProductReportUseCase;
import com.roboplanet.soconnector.domain.port.in.ListCatalogUseCase;
import com.roboplanet.soconnector.domain.port.in.SuggestKeywordsUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.ScriptOutput;
import com.roboplanet.soconnector.domain.service.GenerateProductReportService;
import com.roboplanet.soconnector.domain.service.ListCatalogService;
import com.roboplanet.soconnector.domain.service.SuggestKeywordsService;
import java.time.Clock;
import java.util.function.Supplier;

/** The production wiring. Tests override single bindings with {@code Modules.override}. */
public class AppModule extends AbstractModule {
    private final AppContext context;

    public AppModule(AppContext context) {
        this.context = context;
    }

    @Override
    protected void configure() {
        bind(AppContext.class).toInstance(context);
        bind(Configuration.class).toInstance(context.configuration());
        bind(Console.class).toInstance(context.console());
        bind(Clock.class).toInstance(Clock.systemDefaultZone());
        bind(ScriptOutput.class).to(CsvJsonScriptOutput.class);
        bind(GenerateProductReportUseCase.class).to(GenerateProductReportService.class);
        bind(SuggestKeywordsUseCase.class).toInstance(new SuggestKeywordsService());
        install(new CrmModule(context.crm()));
        install(new SendModule(context.sendStrategies()));
        install(new ProbeModule());
    }

    @Provides
    @Singleton
    GenerateProductReportService reportService() {
        return new GenerateProductReportService();
    }

    @Provides
    ListCatalogUseCase listCatalog(Supplier<CrmCatalogSource> crm) {
        return new ListCatalogService(crm);
    }
}
