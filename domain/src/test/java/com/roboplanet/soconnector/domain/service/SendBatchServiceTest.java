package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.FakeCrmDirectory;
import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.InMemorySendJournal;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.RecipientList;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.in.BatchSummary;
import com.roboplanet.soconnector.domain.port.in.SendBatchCommand;
import com.roboplanet.soconnector.domain.port.out.BatchProgress;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The batch's rules with fakes: one result per row, in order, paced, failing alone or stopping the batch. */
@SuppressWarnings("unchecked") // varargs of maps in list(...)
class SendBatchServiceTest {
    private static final Path BATCH = Path.of("recipients.csv");
    private static final Path TEMPLATE = Path.of("template.txt");
    private static final Path RESULTS = Path.of("recipients.results.csv");
    private static final JournalLocation OUTBOX = JournalLocation.of(Path.of("outbox"));
    private static final String TEMPLATE_TEXT = "Subject: Angebot für {{contact.name}} ({{anlass}})\n\n"
            + "Hallo {{person.firstName}},\nanbei das Angebot zu {{anlass}}.\n{{rep.name}}\n";

    private final RecordingSendStrategy agent = new RecordingSendStrategy("email-agent");
    private final FakeMailArchive archive = new FakeMailArchive();
    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final List<Boolean> journalsOpened = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<BatchSummary> summaries = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> askedFor = new ArrayList<>();
    private Supplier<CrmDirectory> directory = () -> {
        askedFor.add("directory");
        return new FakeCrmDirectory();
    };
    private BatchResults results = (file, layout) -> new BatchResults.Log() {
        @Override
        public void append(BatchRowResult row) {
            events.add("log " + row.row() + " " + row.status());
        }

        @Override
        public void close() {
            events.add("closed " + file);
        }
    };
    private final BatchProgress progress = new BatchProgress() {
        @Override
        public void rowDone(BatchRowResult row) {
            events.add("row " + row.row() + " " + row.status());
        }

        @Override
        public void batchDone(BatchSummary summary) {
            summaries.add(summary);
        }
    };

    @Test
    void send_rows_eachResultIsReportedThenLoggedBeforeTheNextRowIsSent() {
        BatchSummary summary = send(list(row("380", "Messe", ""), row("381", "Wartung", "")), false);

        assertThat(events)
                .containsExactly(
                        "row 1 SENT_AND_ARCHIVED",
                        "log 1 SENT_AND_ARCHIVED",
                        "row 2 SENT_AND_ARCHIVED",
                        "log 2 SENT_AND_ARCHIVED",
                        "closed " + RESULTS);
        assertThat(agent.calls())
                .extracting(OutboundEmail::subject)
                .containsExactly("Angebot für Hotel Adler (Messe)", "Angebot für Gasthaus Sonne (Wartung)");
        assertThat(agent.calls().get(0).textBody())
                .isEqualTo("Hallo Bob,\nanbei das Angebot zu Messe.\nAnna Vertrieb\n");
        assertThat(summary.countsByStatus()).containsExactly(Map.entry("SENT_AND_ARCHIVED", 2));
        assertThat(summaries).containsExactly(summary);
        assertThat(summary.resultsFileIfWritten()).contains(RESULTS);
    }

    @Test
    void send_unknownPersonOrBadSale_failsThatRowAloneNamingItsLine() {
        BatchSummary summary = send(
                list(row("nobody@nowhere.example", "Messe", ""), row("380", "Messe", "x"), row("381", "a", "")), false);

        assertThat(summary.rows().get(0).status()).isEqualTo("FAILED");
        assertThat(summary.rows().get(0).detail())
                .isEqualTo("line 2: no person with id or e-mail nobody@nowhere.example");
        assertThat(summary.rows().get(1).detail())
                .isEqualTo("line 3: column 'sale' must be a sale id (a positive number), was 'x'");
        assertThat(summary.countsByStatus()).containsExactly(Map.entry("FAILED", 2), Map.entry("SENT_AND_ARCHIVED", 1));
        assertThat(agent.calls()).hasSize(1);
    }

    @Test
    void send_saleOfAnotherCustomer_failsTheRowWithoutSending() {
        BatchSummary summary = send(list(row("381", "Messe", "12")), false);

        assertThat(summary.rows().get(0).detail())
                .startsWith("line 2: sale 12 (\"2xOmnie CD-01\") belongs to customer 67, but Carla Weiss (person 381)"
                        + " is at customer 68 (Gasthaus Sonne)");
        assertThat(agent.calls()).isEmpty();
    }

    @Test
    void send_saleOfTheRecipientsCompany_linksIt() {
        send(list(row("380", "Messe", "12")), false);

        assertThat(agent.calls())
                .singleElement()
                .extracting(OutboundEmail::saleId)
                .isEqualTo(12L);
    }

    @Test
    void send_crmDownMidway_stopsAfterReportingAndLoggingThatRow() {
        RecipientList rows =
                list(row("380", "a", ""), row(FakeCrmDirectory.UNREACHABLE_PERSON, "b", ""), row("381", "c", ""));

        assertThatThrownBy(() -> send(rows, false))
                .isInstanceOf(CrmDirectoryException.class)
                .hasMessage("SuperOffice answered 503 three times");
        assertThat(events)
                .containsExactly(
                        "row 1 SENT_AND_ARCHIVED",
                        "log 1 SENT_AND_ARCHIVED",
                        "row 2 FAILED",
                        "log 2 FAILED",
                        "closed " + RESULTS);
        assertThat(summaries)
                .singleElement()
                .satisfies(s -> assertThat(s.rows()).hasSize(2));
        assertThat(agent.calls()).hasSize(1);
    }

    @Test
    void send_dryRun_writesNoResultFileAndCreatesNoJournal() {
        results = (file, layout) -> {
            throw new AssertionError("a dry run wrote " + file);
        };

        BatchSummary summary = send(list(row("380", "Messe", "")), true);

        assertThat(summary.rows().get(0).status()).isEqualTo("DRY_RUN");
        assertThat(summary.rows().get(0).detail()).contains("subject: Angebot für Hotel Adler (Messe)");
        assertThat(summary.resultsFileIfWritten()).isEmpty();
        assertThat(journalsOpened).containsExactly(false);
        assertThat(agent.calls()).isEmpty();
        assertThat(pauses).isEmpty();
    }

    @Test
    void send_pacedToTheRate_waitsOneIntervalBetweenMailsThatWentOut() {
        send(list(row("380", "a", ""), row("381", "b", ""), row("380", "c", "")), false, "2/s");
        List<Duration> firstRun = List.copyOf(pauses);
        pauses.clear();

        send(list(row("380", "a", ""), row("381", "b", ""), row("380", "c", "")), false, "2/s");

        assertThat(firstRun).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(pauses).as("already done rows go at full speed").isEmpty();
    }

    @Test
    void send_rowColumns_winOverTheCrmsFieldsOfTheSameName() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("to", "380");
        values.put("anlass", "Messe");
        values.put("contact.name", "Adler Hotelbetriebe");
        send(list(values), false);

        assertThat(agent.calls())
                .singleElement()
                .extracting(OutboundEmail::subject)
                .isEqualTo("Angebot für Adler Hotelbetriebe (Messe)");
    }

    @Test
    void send_listWithoutToColumn_isRefusedBeforeTheCrmIsAsked() {
        RecipientList noTo = new RecipientList(BATCH, List.of("Kunde"), List.of());

        assertThatThrownBy(() -> send(noTo, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recipients.csv: no 'to' column (the recipient's person id or e-mail address; a column"
                        + " titled To, E-Mail, Email or Mail counts); columns are Kunde");
        assertThat(askedFor).isEmpty();
        assertThat(journalsOpened).isEmpty();
    }

    @Test
    void send_badRate_isRefusedBeforeTheCrmIsAsked() {
        assertThatThrownBy(() -> send(list(row("380", "a", "")), false, "fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--rate 'fast': give mails per second or per minute");
        assertThat(askedFor).isEmpty();
    }

    @Test
    void send_resultFileCannotBeCreated_isRefusedNamingTheOptionBeforeAnyMail() {
        results = (file, layout) -> {
            throw new BatchResultsException(file + ": cannot write the file: read-only", new IOException("ro"));
        };

        assertThatThrownBy(() -> send(list(row("380", "a", "")), false))
                .hasMessage("--results recipients.results.csv: cannot write the file: read-only");
        assertThat(agent.calls()).isEmpty();
    }

    private BatchSummary send(RecipientList list, boolean dryRun) {
        return send(list, dryRun, null);
    }

    private BatchSummary send(RecipientList list, boolean dryRun, String rate) {
        SendJournals journals = (directory, create) -> {
            journalsOpened.add(create);
            return journal;
        };
        SendBatchService service = new SendBatchService(
                (file, reading) -> list,
                (file, label) -> TEMPLATE_TEXT,
                directory,
                () -> List.of(agent),
                () -> archive,
                ScriptedDeliveryCheck::new,
                journals,
                results,
                progress,
                pauses::add,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        return service.send(new SendBatchCommand(BATCH, TEMPLATE, "5", rate, OUTBOX, Mails.tenant(), RESULTS, dryRun));
    }

    /** The rows numbered 1, 2, ... as a file with a header line would number them. */
    private static RecipientList list(Map<String, String>... rows) {
        List<RecipientList.Row> numbered = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            numbered.add(new RecipientList.Row(i + 1, i + 2, rows[i]));
        }
        return new RecipientList(BATCH, List.of("to", "anlass", "sale"), numbered);
    }

    private static Map<String, String> row(String to, String anlass, String sale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("to", to);
        values.put("anlass", anlass);
        values.put("sale", sale);
        return values;
    }
}
