package com.roboplanet.soconnector.domain.port.in;

/** Lists who mail can be sent on behalf of ({@code inspect reps}), each with why not when they cannot be used. */
public interface ListRepsUseCase {

    /** @throws com.roboplanet.soconnector.domain.port.out.CrmDirectoryException when the CRM cannot be read */
    RepListing reps(ListRepsCommand command);
}
