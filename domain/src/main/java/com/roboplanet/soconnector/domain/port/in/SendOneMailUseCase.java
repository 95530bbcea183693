package com.roboplanet.soconnector.domain.port.in;

/**
 * Sends one mail on behalf of a rep to a person, linked to their company and optionally to a sale of it, through the
 * first configured strategy that serves, at most once.
 */
public interface SendOneMailUseCase {

    /**
     * @throws IllegalArgumentException naming the option when an input cannot be used (nothing was sent)
     * @throws com.roboplanet.soconnector.domain.port.out.CrmDirectoryException when the rep, person or sale cannot be
     *     found
     */
    SendOneMailResult send(SendOneMailCommand command);
}
