package com.roboplanet.soconnector.domain.port.out;

import java.util.Objects;

/**
 * Looks in the CRM for what an interrupted send left there, so that the connector can finish the entry itself instead
 * of asking a person: the hand-off task whose text carries the mail's key, or the document the EMail agent archived
 * with the mail's Message-ID. Reads only; creates and sends nothing.
 */
@FunctionalInterface
public interface DeliveryCheck {

    /**
     * @param interrupted a SENDING entry: the run died (or lost the answer) after the strategy was called
     * @return what the CRM shows; {@link Finding.CannotTell} when it cannot be asked or the strategy leaves no trace it
     *     can read (a mail handed to an SMTP relay), never an exception
     */
    Finding check(JournalEntry interrupted);

    /** What the CRM shows of one interrupted send. */
    sealed interface Finding {
        /** The strategy did act: the task or document found. */
        record Delivered(Long taskId, Long documentId, String evidence) implements Finding {
            public Delivered {
                Objects.requireNonNull(evidence, "evidence");
            }
        }

        /** The strategy did not act: the lookup is exact and found nothing, so the mail may be sent again. */
        record NotDelivered(String evidence) implements Finding {
            public NotDelivered {
                Objects.requireNonNull(evidence, "evidence");
            }
        }

        /** Nobody can tell from here: a person looks where {@code Receipts} says, then decides. */
        record CannotTell(String why) implements Finding {
            public CannotTell {
                Objects.requireNonNull(why, "why");
            }
        }
    }
}
