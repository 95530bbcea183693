package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.SendReceipt;

/**
 * Records a person's decision about an interrupted send. {@code --sent}: the journal records it as sent and the kept
 * bytes are archived (nothing is sent). {@code --not-sent}: the mail goes back to "not sent", and the next send of it
 * sends it with the same Message-ID. ADR 0005 has the table of every state and what each decision does.
 */
public interface ResolveSendUseCase {

    /**
     * @throws IllegalArgumentException when no mail has that key or Message-ID, or the decision contradicts what the
     *     journal knows (a mail the relay accepted cannot be "not sent"); nothing was changed
     */
    SendReceipt resolve(ResolveSendCommand command);
}
