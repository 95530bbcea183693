package com.roboplanet.soconnector.app.probe;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import com.roboplanet.soconnector.app.LazyBindings;
import com.roboplanet.soconnector.app.crm.CrmModule;
import com.roboplanet.soconnector.domain.port.in.ProbeSendPathsUseCase;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import com.roboplanet.soconnector.domain.service.ProbeSendPathsService;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code probe} asks: SuperOffice (from the CRM module), then the relay from SMTP_*, whether or not
 * smtp-relay is configured.
 */
public final class ProbeModule extends AbstractModule {
    /** The key of the relay's {@link CapabilityProbe}. */
    public static final Key<CapabilityProbe> RELAY = Key.get(CapabilityProbe.class, Names.named("smtp-relay"));

    @Override
    protected void configure() {
        bind(RELAY).to(ConfiguredRelayProbe.class);
        LazyBindings.bindSupplier(binder(), Key.get(new TypeLiteral<List<CapabilityProbe>>() {}));
    }

    @Provides
    List<CapabilityProbe> probes(
            @Named(CrmModule.PROBE) CapabilityProbe crm, @Named("smtp-relay") CapabilityProbe relay) {
        return List.of(crm, relay);
    }

    @Provides
    ProbeSendPathsUseCase probeSendPaths(Supplier<List<CapabilityProbe>> probes) {
        return new ProbeSendPathsService(probes);
    }
}
