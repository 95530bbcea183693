package com.roboplanet.soconnector.app.crm;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.roboplanet.soconnector.app.LazyBindings;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.MailArchive;

/**
 * The CRM: the tenant, the sandbox or the unconfigured module, chosen in {@link #moduleFor}, and the domain's CRM ports, each taken
 * from the one {@link SuperOfficeSession} when first asked for.
 */
public final class CrmModule extends AbstractModule {
    /** The key of the CRM's {@link CapabilityProbe}; the relay's is bound beside it by the probe feature. */
    public static final String PROBE = "superoffice";

    private final CrmChoice choice;

    public CrmModule(CrmChoice choice) {
        this.choice = choice;
    }

    @Override
    protected void configure() {
        install(moduleFor(choice));
        LazyBindings.bindSupplier(binder(), Key.get(CrmCatalogSource.class));
        LazyBindings.bindSupplier(binder(), Key.get(CrmDirectory.class));
        LazyBindings.bindSupplier(binder(), Key.get(MailArchive.class));
        LazyBindings.bindSupplier(binder(), Key.get(DeliveryCheck.class));
    }

    /** The one place that maps the CRM choice to its wiring. */
    static Module moduleFor(CrmChoice choice) {
        return switch (choice) {
            case TENANT -> new TenantModule();
            case SANDBOX -> new SandboxModule(true);
            case DEMO -> new SandboxModule(false);
            case UNCONFIGURED -> new UnconfiguredModule();
        };
    }

    @Provides
    CrmCatalogSource catalogSource(SuperOfficeSession session) {
        return session.connection().catalogSource();
    }

    @Provides
    CrmDirectory directory(SuperOfficeSession session) {
        return session.connection().directory();
    }

    /** With the template from SO_MAIL_TEMPLATE_ID or the tenant's list. */
    @Provides
    MailArchive mailArchive(SuperOfficeSession session, Configuration config) {
        return session.connection().mailArchive(SuperOfficeConfig.mailSettings(config));
    }

    /** Reads what an interrupted hand-off or agent send left in SuperOffice. */
    @Provides
    DeliveryCheck deliveryCheck(SuperOfficeSession session) {
        return session.connection().deliveryCheck();
    }

    @Provides
    @Named(PROBE)
    CapabilityProbe probe(SuperOfficeSession session, Configuration config) {
        return session.connection().probe(SuperOfficeConfig.mailSettings(config));
    }
}
