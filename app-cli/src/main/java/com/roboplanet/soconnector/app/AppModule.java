package com.roboplanet.soconnector.app;

import com.google.inject.AbstractModule;
import com.roboplanet.soconnector.adapters.csv.CsvJsonScriptOutput;
import com.roboplanet.soconnector.adapters.superoffice.Sleeper;
import com.roboplanet.soconnector.adapters.superoffice.TransportListener;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.crm.CrmModule;
import com.roboplanet.soconnector.app.inspect.PeopleModule;
import com.roboplanet.soconnector.app.probe.ProbeModule;
import com.roboplanet.soconnector.app.progress.ConsoleProgress;
import com.roboplanet.soconnector.app.progress.ProgressClock;
import com.roboplanet.soconnector.app.progress.ProgressMode;
import com.roboplanet.soconnector.app.sales.SalesModule;
import com.roboplanet.soconnector.app.send.SendModule;
import com.roboplanet.soconnector.domain.port.out.ReportProgress;
import com.roboplanet.soconnector.domain.port.out.ScriptOutput;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.time.Clock;

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
        bind(Warnings.class)
                .toInstance(message -> context.console().err().println("so-connector: warning: " + message));
        bind(ProgressMode.class).toInstance(context.progress());
        bind(ProgressClock.class).toInstance(ProgressClock.SYSTEM);
        bind(ReportProgress.class).to(ConsoleProgress.class);
        bind(TransportListener.class).to(ConsoleProgress.class);
        bind(Sleeper.class).toInstance(Sleeper.REAL);
        install(new CrmModule(context.crm()));
        install(new SalesModule());
        install(new SendModule(context.sendStrategies()));
        install(new ProbeModule());
        install(new PeopleModule());
    }
}
