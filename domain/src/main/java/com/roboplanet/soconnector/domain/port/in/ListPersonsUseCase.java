package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import java.util.List;

/** Lists who mail can be sent to ({@code inspect persons}), each with why not when they cannot be used. */
public interface ListPersonsUseCase {

    /**
     * @throws IllegalArgumentException naming the option for a company id that is not positive, an address that is
     *     not one, or a limit below 1
     * @throws com.roboplanet.soconnector.domain.port.out.CrmDirectoryException when the CRM cannot be read
     */
    List<DirectoryPerson> persons(ListPersonsCommand command);
}
