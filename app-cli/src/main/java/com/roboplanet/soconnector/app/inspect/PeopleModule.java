package com.roboplanet.soconnector.app.inspect;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.roboplanet.soconnector.domain.port.in.ListPersonsUseCase;
import com.roboplanet.soconnector.domain.port.in.ListRepsUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.service.ListPersonsService;
import com.roboplanet.soconnector.domain.service.ListRepsService;
import java.util.function.Supplier;

/** {@code inspect reps} and {@code inspect persons}: the use cases over the CRM's directory. */
public final class PeopleModule extends AbstractModule {
    @Provides
    ListRepsUseCase listReps(Supplier<CrmDirectory> directory) {
        return new ListRepsService(directory);
    }

    @Provides
    ListPersonsUseCase listPersons(Supplier<CrmDirectory> directory) {
        return new ListPersonsService(directory);
    }
}
