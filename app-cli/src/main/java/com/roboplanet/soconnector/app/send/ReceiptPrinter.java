package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import com.roboplanet.soconnector.domain.port.in.ResumeSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints receipts: one as labelled lines (what happened, through which strategy, what was tried before), or one line
 * each after a resume; and under every receipt that needs a decision or a resume, the exact command lines that finish
 * it.
 */
final class ReceiptPrinter {
    private ReceiptPrinter() {}

    static void print(SendReceipt receipt, String send, PrintWriter out) {
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
        decisions(receipt, send, out);
    }

    /**
     * The commands that finish a receipt, indented, one per line; nothing for a finished or a not-sent one.
     *
     * @param send {@code so-connector send}, with {@code --journal DIR} when the user named the journal
     */
    static void decisions(SendReceipt receipt, String send, PrintWriter out) {
        for (String line : decisionLines(receipt, send)) {
            out.println("  " + line);
        }
    }

    static List<String> decisionLines(SendReceipt receipt, String send) {
        String key = receipt.key().value();
        return switch (receipt.status()) {
            case NEEDS_CHECKING ->
                List.of(
                        "found it, it arrived:  " + send + " --resolve " + key + " --sent",
                        "it is not there:       " + send + " --resolve " + key + " --not-sent");
            case UNASSIGNED ->
                List.of("it is this tenant's:   " + send + " --resume --assign-legacy-to-current-tenant");
            case SENT_ARCHIVE_PENDING -> List.of("archive it:            " + send + " --resume");
            case OTHER_TENANT -> List.of("with that tenant's settings: " + send + " --resume");
            case IN_USE -> List.of("once the other run ended: " + send + " --resume");
            case SENT_AND_ARCHIVED, HANDED_OFF, ALREADY_DONE, NOT_SENT, DRY_RUN -> List.of();
        };
    }

    /**
     * What earlier runs left open besides this run's mails, on {@code out}: a heading, one line each and its commands.
     */
    static void printEarlier(List<SendReceipt> earlier, Path journal, String send, PrintWriter out) {
        if (earlier.isEmpty()) {
            return;
        }
        out.println();
        out.println("Earlier runs left " + earlier.size() + " mail(s) unfinished in " + journal + ":");
        for (SendReceipt receipt : earlier) {
            out.println(receipt.key() + " " + receipt.status() + ": " + receipt.detail());
            decisions(receipt, send, out);
        }
    }

    /**
     * One line per resumed mail on {@code out}, with its commands, the counts per status on {@code err}.
     *
     * @return the exit code for what is left
     */
    static int printResumed(ResumeSummary summary, boolean dryRun, Path directory, String send, Console console) {
        List<Integer> codes = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SendReceipt receipt : summary.receipts()) {
            console.out().println(receipt.key() + " " + receipt.status() + ": " + receipt.detail());
            decisions(receipt, send, console.out());
            codes.add(SendExitCodes.of(receipt.status()));
            counts.merge(receipt.status().name(), 1, Integer::sum);
        }
        console.out().flush();
        if (summary.assigned() > 0) {
            console.err().println("Assigned " + summary.assigned() + " mail(s) of an earlier version to this tenant.");
        }
        if (summary.finishedUnassigned() > 0) {
            console.err()
                    .println(summary.finishedUnassigned() + " finished mail(s) of an earlier version are not assigned"
                            + " to a tenant; they need nothing, but sending one of them again stops until they are ("
                            + send + " --resume --assign-legacy-to-current-tenant, with the settings of the tenant"
                            + " they were sent for).");
        }
        List<SendReceipt> receipts = summary.receipts();
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
