package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.MailArchiveException;
import java.util.ArrayList;
import java.util.List;

/**
 * An archive that keeps what it is given and can be told to fail the next calls. Idempotent per
 * Message-ID, as the port demands.
 */
public final class FakeMailArchive implements MailArchive {
    /** One archived mail. */
    public record Archived(long documentId, String messageId, byte[] eml) {}

    private final List<Archived> archived = new ArrayList<>();
    private int failuresLeft;
    private long nextId = 1000;

    public FakeMailArchive failingTimes(int times) {
        failuresLeft = times;
        return this;
    }

    @Override
    public long archive(OutboundEmail email, String messageId, byte[] eml) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new MailArchiveException("archive is down (test)");
        }
        for (Archived earlier : archived) {
            if (earlier.messageId().equals(messageId)) {
                return earlier.documentId();
            }
        }
        Archived a = new Archived(nextId++, messageId, eml.clone());
        archived.add(a);
        return a.documentId();
    }

    public List<Archived> archived() {
        return List.copyOf(archived);
    }
}
