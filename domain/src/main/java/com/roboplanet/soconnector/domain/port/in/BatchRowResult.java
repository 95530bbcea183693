package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one row of a batch: a receipt, or why the row failed before anything was sent.
 *
 * @param row 1 for the first row after the header
 * @param to the row's recipient as written
 * @param receipt null when the row failed
 * @param failure null when the row has a receipt; otherwise {@code line <n>: <reason>}
 */
public record BatchRowResult(int row, String to, SendReceipt receipt, String failure) {
    /** The status of a row that failed before sending: bad data, an unknown person, or a failure that stopped the batch. */
    public static final String FAILED = "FAILED";

    public BatchRowResult {
        Objects.requireNonNull(to, "to");
        if ((receipt == null) == (failure == null)) {
            throw new IllegalArgumentException("a row has a receipt or a failure, not both or neither");
        }
    }

    public static BatchRowResult sent(int row, String to, SendReceipt receipt) {
        return new BatchRowResult(row, to, Objects.requireNonNull(receipt, "receipt"), null);
    }

    public static BatchRowResult failed(int row, long line, String to, RuntimeException e) {
        return new BatchRowResult(
                row, to, null, "line " + line + ": " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }

    public Optional<SendReceipt> receiptIfAny() {
        return Optional.ofNullable(receipt);
    }

    /** A {@link SendReceipt.Status} name, or {@link #FAILED}. */
    public String status() {
        return receipt == null ? FAILED : receipt.status().name();
    }

    /** Empty when no strategy served. */
    public String strategy() {
        return receipt == null ? "" : receipt.strategyIfAny().orElse("");
    }

    public String messageId() {
        return receipt == null ? "" : receipt.messageIdIfAny().orElse("");
    }

    public String documentId() {
        return receipt == null || receipt.documentIdIfAny().isEmpty() ? "" : Long.toString(receipt.documentId());
    }

    public String taskId() {
        return receipt == null || receipt.taskIdIfAny().isEmpty() ? "" : Long.toString(receipt.taskId());
    }

    /** The receipt's detail (with the plan, for a dry run), or the failure. */
    public String detail() {
        if (receipt == null) {
            return failure;
        }
        return receipt.status() == SendReceipt.Status.DRY_RUN
                ? receipt.detail() + "; " + String.join("; ", receipt.plan())
                : receipt.detail();
    }
}
