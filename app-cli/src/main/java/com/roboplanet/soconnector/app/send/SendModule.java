package com.roboplanet.soconnector.app.send;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.name.Names;
import com.roboplanet.soconnector.adapters.csv.CsvBatchResults;
import com.roboplanet.soconnector.adapters.csv.CsvRecipientLists;
import com.roboplanet.soconnector.adapters.csv.Utf8TextFiles;
import com.roboplanet.soconnector.adapters.journal.FileSendJournals;
import com.roboplanet.soconnector.app.LazyBindings;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.FilesConfig;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.in.ResolveSendUseCase;
import com.roboplanet.soconnector.domain.port.in.ResumeSendsUseCase;
import com.roboplanet.soconnector.domain.port.in.SendBatchUseCase;
import com.roboplanet.soconnector.domain.port.in.SendOneMailUseCase;
import com.roboplanet.soconnector.domain.port.out.BatchProgress;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.Pause;
import com.roboplanet.soconnector.domain.port.out.RecipientLists;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.TextFiles;
import com.roboplanet.soconnector.domain.service.ResolveSendService;
import com.roboplanet.soconnector.domain.service.ResumeSendsService;
import com.roboplanet.soconnector.domain.service.SendBatchService;
import com.roboplanet.soconnector.domain.service.SendOneMailService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sending feature: one module per configured strategy, chosen in {@link #moduleFor}, the strategies as a list in
 * the configured order, the files a send reads and writes, and the use cases. The strategies, the directory and the
 * archive reach the use cases as suppliers, so that commands which do not send never open SuperOffice or read SMTP
 * settings.
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
        LazyBindings.bindSupplier(binder(), Key.get(new TypeLiteral<List<SendStrategy>>() {}));
        bind(TextFiles.class).to(Utf8TextFiles.class);
        bind(RecipientLists.class).to(CsvRecipientLists.class);
        bind(SendJournals.class).to(FileSendJournals.class);
        bind(BatchProgress.class).to(ConsoleBatchProgress.class);
        bind(Pause.class).toInstance(duration -> Thread.sleep(duration.toMillis()));
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
    static MapBinder<SendStrategyName, SendStrategy> strategies(Binder binder) {
        return MapBinder.newMapBinder(binder, SendStrategyName.class, SendStrategy.class);
    }

    /** The binding of a strategy's implementation, which its module provides and tests may replace. */
    public static Key<SendStrategy> key(SendStrategyName name) {
        return Key.get(SendStrategy.class, Names.named(name.configName()));
    }

    @Provides
    List<SendStrategy> orderedStrategies(Map<SendStrategyName, SendStrategy> byName) {
        return choice.order().stream().map(byName::get).toList();
    }

    @Provides
    SendOneMailUseCase sendOneMail(
            TextFiles texts,
            Supplier<CrmDirectory> directory,
            Supplier<List<SendStrategy>> strategies,
            Supplier<MailArchive> archive,
            Supplier<DeliveryCheck> check,
            SendJournals journals,
            Clock clock) {
        return new SendOneMailService(texts, directory, strategies, archive, check, journals, clock);
    }

    /**
     * Result files as Excel writes CSV when SO_EXCEL=true, else in the recipient list's own layout. The key is read
     * when a batch creates its results, so that a bad value stops that run with its name, not every command.
     */
    @Provides
    BatchResults batchResults(Configuration configuration) {
        return new CsvBatchResults(() -> FilesConfig.excel(configuration));
    }

    @Provides
    SendBatchUseCase sendBatch(
            RecipientLists lists,
            TextFiles texts,
            Supplier<CrmDirectory> directory,
            Supplier<List<SendStrategy>> strategies,
            Supplier<MailArchive> archive,
            Supplier<DeliveryCheck> check,
            SendJournals journals,
            BatchResults results,
            BatchProgress progress,
            Pause pause,
            Clock clock) {
        return new SendBatchService(
                lists, texts, directory, strategies, archive, check, journals, results, progress, pause, clock);
    }

    @Provides
    ResumeSendsUseCase resumeSends(
            Supplier<MailArchive> archive, Supplier<DeliveryCheck> check, SendJournals journals, Clock clock) {
        return new ResumeSendsService(archive, check, journals, clock);
    }

    @Provides
    ResolveSendUseCase resolveSend(
            Supplier<MailArchive> archive, Supplier<DeliveryCheck> check, SendJournals journals, Clock clock) {
        return new ResolveSendService(archive, check, journals, clock);
    }
}
