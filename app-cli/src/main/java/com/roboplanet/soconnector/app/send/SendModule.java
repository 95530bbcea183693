package com.roboplanet.soconnector.app.send;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.name.Names;
import com.roboplanet.soconnector.adapters.journal.FileSendJournal;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.util.List;
import java.util.Map;

/**
 * The sending feature: one module per configured strategy, chosen in {@link #moduleFor}, and the strategies as a
 * list in the configured order. Everything is provided lazily, so that commands which do not send never open
 * SuperOffice or read SMTP settings.
 */
public final class SendModule extends AbstractModule {
    private final SendStrategyChoice choice;

    public SendModule(SendStrategyChoice choice) {
        this.choice = choice;
    }

    @Override
    protected void configure() {
        strategies(binder());
        for (SendStrategyName name : choice.order()) {
            install(moduleFor(name));
        }
        bind(SendStrategyChoice.class).toInstance(choice);
        bind(JournalOpener.class).toInstance(FileSendJournal::new);
        bind(Pause.class).toInstance(Pause.REAL);
    }

    /** The one place that maps a strategy name to its wiring. */
    static Module moduleFor(SendStrategyName name) {
        return switch (name) {
            case EMAIL_AGENT -> new EmailAgentModule();
            case SMTP_RELAY -> new SmtpRelayModule();
            case ACTIVITY_HANDOFF -> new ActivityHandoffModule();
        };
    }

    /** The map every strategy module adds its entry to. */
    static MapBinder<SendStrategyName, SendStrategy> strategies(com.google.inject.Binder binder) {
        return MapBinder.newMapBinder(binder, SendStrategyName.class, SendStrategy.class);
    }

    @Provides
    List<SendStrategy> orderedStrategies(Map<SendStrategyName, SendStrategy> byName) {
        return choice.order().stream().map(byName::get).toList();
    }

    /** The binding of a strategy's implementation, which its module provides and tests may replace. */
    public static Key<SendStrategy> key(SendStrategyName name) {
        return Key.get(SendStrategy.class, Names.named(name.configName()));
    }
}
