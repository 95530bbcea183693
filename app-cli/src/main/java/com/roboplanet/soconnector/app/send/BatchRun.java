package com.roboplanet.soconnector.app.send;

import com.roboplanet.soconnector.adapters.csv.CsvTable;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.in.SendEmailCommand;
import com.roboplanet.soconnector.domain.port.in.SendEmailUseCase;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One pass over a recipient list: each row becomes one send with its own idempotency key, so that running the batch
 * again sends only what was not sent. A row with bad data fails alone; a CRM, relay or journal failure stops the
 * batch after its row is written, because every further row would fail the same way.
 */
final class BatchRun {
    static final String TO = "to";
    static final String SALE = "sale";
    static final String KEY = "key";
    static final String FAILED = "FAILED";

    /** What the batch needs besides the rows. */
    record Setup(
            MailTemplate template,
            Rep rep,
            MailComposer composer,
            SendEmailUseCase sender,
            BatchPacer pacer,
            boolean dryRun,
            boolean resendUnconfirmed) {}

    private final Setup setup;
    private final PrintWriter out;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Integer> exitCodes = new ArrayList<>();

    BatchRun(Setup setup, PrintWriter out) {
        this.setup = setup;
        this.out = out;
    }

    /** @param results null for a dry run, which writes nothing */
    int run(CsvTable table, BatchResults results) {
        requireRecipients(table);
        for (CsvTable.Row row : table.rows()) {
            List<String> result;
            try {
                result = runRow(row);
            } catch (RuntimeException e) {
                count(FAILED);
                write(failedValues(row, e), results);
                throw e;
            }
            write(result, results);
        }
        return SendExitCodes.worst(exitCodes);
    }

    /** @throws UserInputException when the file has no {@code to} column */
    static void requireRecipients(CsvTable table) {
        if (!table.hasColumn(TO)) {
            throw new UserInputException(table.file() + ": no '" + TO + "' column (the recipient's person id or"
                    + " e-mail address); columns are " + String.join(", ", table.headers()));
        }
    }

    private void write(List<String> result, BatchResults results) {
        out.println(line(result));
        out.flush();
        if (results != null) {
            results.append(result);
        }
    }

    private List<String> runRow(CsvTable.Row row) {
        try {
            SendReceipt receipt = send(row);
            exitCodes.add(SendExitCodes.of(receipt.status()));
            count(receipt.status().name());
            return result(row, receipt);
        } catch (CrmDirectoryException e) {
            if (!rowProblem(e)) {
                throw e;
            }
            return failed(row, e);
        } catch (IllegalArgumentException | UserInputException e) {
            return failed(row, e);
        }
    }

    private SendReceipt send(CsvTable.Row row) {
        String to = MailComposer.idOrEmail(row.get(TO), "column '" + TO + "'");
        Long saleId = saleId(row);
        IdempotencyKey key = row.get(KEY).isEmpty() ? null : new IdempotencyKey(row.get(KEY));
        Addressee addressee = setup.composer().addressee(to);
        MailTemplate.Rendered mail = setup.template().render(values(row, addressee));
        OutboundEmail email =
                setup.composer().compose(setup.rep(), addressee, saleId, mail.subject(), mail.body(), null);
        if (!setup.dryRun()) {
            setup.pacer().awaitTurn();
        }
        SendReceipt receipt =
                setup.sender().send(new SendEmailCommand(email, key, setup.dryRun(), setup.resendUnconfirmed()));
        if (touchedTheWire(receipt.status())) {
            setup.pacer().sent();
        }
        return receipt;
    }

    private static boolean touchedTheWire(Status status) {
        return switch (status) {
            case SENT_AND_ARCHIVED, SENT_ARCHIVE_PENDING, HANDED_OFF, NOT_SENT -> true;
            case ALREADY_DONE, NEEDS_CHECKING, IN_USE, DRY_RUN -> false;
        };
    }

    /** Placeholders: the addressee's and the rep's fields, overridden by the row's own columns. */
    private Map<String, String> values(CsvTable.Row row, Addressee addressee) {
        Map<String, String> values = new HashMap<>(addressee.fields());
        values.put("rep.name", setup.rep().name());
        values.put("rep.email", setup.rep().email().value());
        values.putAll(row.values());
        return values;
    }

    private static Long saleId(CsvTable.Row row) {
        String sale = row.get(SALE);
        if (sale.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(sale);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw new UserInputException("column '" + SALE + "' must be a sale id (a positive number), was '" + sale + "'");
    }

    /** A person or sale that does not exist is this row's problem; a CRM that refuses or fails is everyone's. */
    private static boolean rowProblem(CrmDirectoryException e) {
        return switch (e.kind()) {
            case NOT_FOUND, AMBIGUOUS -> true;
            case ACCESS_DENIED, UNAVAILABLE, BAD_RESPONSE -> false;
        };
    }

    private List<String> failed(CsvTable.Row row, RuntimeException e) {
        exitCodes.add(ExitCode.NOT_SENT);
        count(FAILED);
        return failedValues(row, e);
    }

    private static List<String> failedValues(CsvTable.Row row, RuntimeException e) {
        return List.of(
                Integer.toString(row.number()),
                row.get(TO),
                FAILED,
                "",
                "",
                "",
                "",
                "line " + row.line() + ": " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }

    private static List<String> result(CsvTable.Row row, SendReceipt receipt) {
        String detail = receipt.status() == Status.DRY_RUN
                ? receipt.detail() + "; " + String.join("; ", receipt.plan())
                : receipt.detail();
        return List.of(
                Integer.toString(row.number()),
                row.get(TO),
                receipt.status().name(),
                receipt.strategyIfAny().orElse(""),
                receipt.messageIdIfAny().orElse(""),
                receipt.documentIdIfAny().isPresent() ? Long.toString(receipt.documentId()) : "",
                receipt.taskIdIfAny().isPresent() ? Long.toString(receipt.taskId()) : "",
                detail);
    }

    private static String line(List<String> result) {
        return "row " + result.get(0) + " to " + result.get(1) + ": " + result.get(2)
                + (result.get(3).isEmpty() ? "" : " via " + result.get(3)) + ": " + result.get(7);
    }

    private void count(String status) {
        counts.merge(status, 1, Integer::sum);
    }

    /** {@code 3 rows: 2 SENT_AND_ARCHIVED, 1 FAILED} */
    String summary() {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "no rows";
        }
        return total
                + (total == 1 ? " row: " : " rows: ")
                + counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "));
    }
}
