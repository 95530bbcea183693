package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import java.util.List;

/**
 * Finishes what earlier runs left unfinished, without ever sending a mail again: archives mails
 * that were sent but not archived, and reports the rest (not sent, or needs checking).
 */
public interface ResumeSendsUseCase {

    /** One receipt per unfinished journal entry, oldest first. */
    List<SendReceipt> resume(ResumeSendsCommand command);
}
