package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.DirectoryUser;
import com.roboplanet.soconnector.domain.port.in.ListRepsCommand;
import com.roboplanet.soconnector.domain.port.in.ListRepsUseCase;
import com.roboplanet.soconnector.domain.port.in.RepListing;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Every user by associate id, counting those a mail can go out on behalf of (see {@link DirectoryUser#whyNotARep}). */
public final class ListRepsService implements ListRepsUseCase {
    private final Supplier<CrmDirectory> directory;

    /** @param directory obtained when the listing runs, because reaching the CRM opens a connection */
    public ListRepsService(Supplier<CrmDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public RepListing reps(ListRepsCommand command) {
        List<DirectoryUser> users = directory.get().users().stream()
                .sorted(Comparator.comparingLong(DirectoryUser::associateId))
                .toList();
        return new RepListing(
                users, users.stream().filter(u -> u.whyNotARep().isEmpty()).count());
    }
}
