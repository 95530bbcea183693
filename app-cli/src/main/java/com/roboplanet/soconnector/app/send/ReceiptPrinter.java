package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints receipts: one as labelled lines (what happened, through which strategy, what was tried before), or one line each after a resume. */
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

    /**
     * One line per resumed mail on {@code out}, the counts per status on {@code err}.
     *
     * @return the exit code for what is left
     */
    static int printResumed(List<SendReceipt> receipts, boolean dryRun, Path directory, Console console) {
        List<Integer> codes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SendReceipt receipt : receipts) {
            console.out().println(receipt.key() + " " + receipt.status() + ": " + receipt.detail());
            codes.add(SendExitCodes.of(receipt.status()));
            counts.merge(receipt.status().name(), 1, Integer::sum);
        }
        console.out().flush();
        console.err()
                .println(
                        receipts.isEmpty()
                                ? "Nothing to resume in " + directory + "."
                                : (dryRun ? "Dry run: " : "Resumed ") + receipts.size() + " unfinished mail(s) in "
                                        + directory + ": "
                                        + counts.entrySet().stream()
                                                .map(e -> e.getValue() + " " + e.getKey())
                                                .collect(Collectors.joining(", ")));
        return SendExitCodes.worst(codes);
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
