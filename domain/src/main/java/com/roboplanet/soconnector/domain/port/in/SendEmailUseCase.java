package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.SendReceipt;

/** Sends one mail through the first configured strategy that serves, at most once per key. */
public interface SendEmailUseCase {

    /**
     * @throws com.roboplanet.soconnector.domain.port.out.SendStrategyException when a strategy failed unexpectedly
     * @throws com.roboplanet.soconnector.domain.port.out.SendJournalException when the journal cannot be used
     */
    SendReceipt send(SendEmailCommand command);
}
