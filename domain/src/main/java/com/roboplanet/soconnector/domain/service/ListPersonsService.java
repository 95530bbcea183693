package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.port.in.ListPersonsCommand;
import com.roboplanet.soconnector.domain.port.in.ListPersonsUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.PersonQuery;
import java.util.List;
import java.util.function.Supplier;

/**
 * The persons of a company or with an address, checked before the CRM is asked: a company id must be positive and an
 * address must be one, so that a typo is named as such rather than answered with an empty list.
 */
public final class ListPersonsService implements ListPersonsUseCase {
    private final Supplier<CrmDirectory> directory;

    /** @param directory obtained when the listing runs, because reaching the CRM opens a connection */
    public ListPersonsService(Supplier<CrmDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public List<DirectoryPerson> persons(ListPersonsCommand command) {
        if (command.companyId() != null && command.companyId() <= 0) {
            throw new IllegalArgumentException(
                    "--company must be a company (contact) id, a positive number, was " + command.companyId());
        }
        if (command.limit() < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, was " + command.limit());
        }
        EmailAddress email = command.email() == null ? null : EmailAddress.parse(command.email(), "--email");
        return directory.get().persons(new PersonQuery(command.companyId(), email, command.limit()));
    }
}
