package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import java.io.PrintWriter;

/** Prints a receipt as labelled lines: what happened, through which strategy, and what was tried before. */
final class ReceiptPrinter {
    private ReceiptPrinter() {}

    static void print(SendReceipt receipt, PrintWriter out) {
        if (receipt.status() == SendReceipt.Status.DRY_RUN) {
            out.println("Dry run for key " + receipt.key() + ":");
            receipt.plan().forEach(line -> out.println("  " + line));
            out.println(receipt.detail());
            return;
        }
        line(out, "Status", receipt.status().name());
        line(out, "Strategy", receipt.strategyIfAny().orElse("-"));
        line(out, "Message-ID", receipt.messageIdIfAny().orElse("-"));
        receipt.documentIdIfAny().ifPresent(id -> line(out, "Document", Long.toString(id)));
        receipt.taskIdIfAny().ifPresent(id -> line(out, "Task", Long.toString(id)));
        for (StrategyAttempt attempt : receipt.attempts()) {
            line(out, "Tried", attempt(attempt));
        }
        line(out, "Key", receipt.key().value());
        out.println(receipt.detail());
    }

    /** {@code email-agent: not granted: HTTP 401 ... (fix: request the agent ...)} */
    static String attempt(StrategyAttempt attempt) {
        String verdict = switch (attempt.verdict()) {
            case NOT_GRANTED -> "not granted";
            case NOT_AVAILABLE -> "not available";
        };
        String fix = attempt.fix().isEmpty() ? "" : " (fix: " + attempt.fix() + ")";
        return attempt.strategy() + ": " + verdict + ": " + attempt.reason() + fix;
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf("%-11s %s%n", label + ":", value);
    }
}
