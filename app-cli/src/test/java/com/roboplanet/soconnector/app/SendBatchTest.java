package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.Pause;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code send --batch} with the domain fakes, a fixed clock and a pause that only records. */
class SendBatchTest {
    private static final String TEMPLATE = "Subject: Angebot für {{contact.name}} ({{anlass}})\n"
            + "\n"
            + "Hallo {{person.firstName}},\n"
            + "anbei das Angebot zu {{anlass}}.\n"
            + "{{rep.name}}\n";

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("SO_SEND_STRATEGY", "email-agent"));
    private final List<Duration> pauses = new ArrayList<>();
    private FakeSuperOffice crm = new FakeSuperOffice();

    @BeforeEach
    void setUp() throws IOException {
        write("template.txt", TEMPLATE);
    }

    @Test
    void batch_rowWithAFormula_isNeutralisedInTheResults() throws IOException {
        write("recipients.csv", "to,anlass\n=HYPERLINK(\"http://x.example\"),Messe\n");

        CliRun run = batch();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        List<String> results = Files.readAllLines(dir.resolve("recipients.results.csv"));
        assertThat(results.get(1)).startsWith("1,\"'=HYPERLINK(").contains(",FAILED,");
    }

    @Test
    void batch_withAFailingRow_sendsTheOthersAndWritesEveryRowToTheResults() throws IOException {
        write("recipients.csv", "to,anlass,sale\n380,Messe,12\nnobody@nowhere.example,Messe,\n381,Wartung,\n");

        CliRun run = batch();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        assertThat(crm.emailAgent.calls())
                .extracting(OutboundEmail::subject)
                .containsExactly("Angebot für Hotel Adler (Messe)", "Angebot für Gasthaus Sonne (Wartung)");
        assertThat(crm.emailAgent.calls().get(0).textBody())
                .isEqualTo("Hallo Bob,\nanbei das Angebot zu Messe.\nAnna Vertrieb\n");
        assertThat(crm.emailAgent.calls().get(0).saleId()).isEqualTo(12L);
        List<String> results = Files.readAllLines(dir.resolve("recipients.results.csv"));
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isEqualTo("row,to,status,strategy,message_id,document_id,task_id,detail");
        assertThat(results.get(1))
                .startsWith("1,380,SENT_AND_ARCHIVED,email-agent,<")
                .contains(",,,sent via email-agent as <")
                .endsWith("; email-agent keeps its own copy");
        assertThat(results.get(2))
                .isEqualTo("2,nobody@nowhere.example,FAILED,,,,,line 3: no person with id or e-mail"
                        + " nobody@nowhere.example");
        assertThat(results.get(3)).startsWith("3,381,SENT_AND_ARCHIVED,email-agent,<");
        assertThat(run.out).contains("row 2 to nobody@nowhere.example: FAILED: line 3: no person");
        assertThat(run.err).contains("Batch recipients.csv: 3 rows: 2 SENT_AND_ARCHIVED, 1 FAILED; results in ");
    }

    @Test
    void batch_unknownPlaceholder_stopsBeforeTheFirstRowNamingItsLineAndTheKnownNames() throws IOException {
        write("template.txt", "Subject: Hallo {{person.firstName}}\n\nGuten Tag,\nzu {{anlas}}:\n{{rep.name}}\n");
        write("recipients.csv", "to,anlass\n380,Messe\n381,Messe\n");

        CliRun run = batch();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err.lines().findFirst().orElseThrow())
                .isEqualTo("so-connector: " + dir.resolve("template.txt") + ":4: unknown placeholder {{anlas}}; no mail"
                        + " was sent (known: anlass, contact.city, contact.department, contact.name, person.email,"
                        + " person.firstName, person.fullName, person.lastName, person.title, rep.email, rep.name,"
                        + " to)");
        assertThat(run.err).hasLineCount(1);
        assertThat(crm.emailAgent.calls()).isEmpty();
        assertThat(dir.resolve("recipients.results.csv")).doesNotExist();
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void batch_placeholderOfTheCrmOrTheList_isKnownWhateverTheRow() throws IOException {
        write("template.txt", "Subject: {{contact.city}} {{person.title}}\n\nZu {{anlass}}\n");
        write("recipients.csv", "to,anlass\n380,\n");

        CliRun run = batch();

        assertThat(run.exitCode).as(run.toString()).isZero();
    }

    @Test
    void batch_dryRunWithFailingRows_exits6() throws IOException {
        write("recipients.csv", "to,anlass\nnobody@nowhere.example,Messe\n380,\"Messe\r\nBcc: x@y.example\"\n");

        CliRun run = batch("--dry-run");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        assertThat(run.out).contains("row 1 to nobody@nowhere.example: FAILED", "row 2 to 380: FAILED");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void batch_dryRunWhereNoStrategyCanServe_exits6AndSaysWhy() throws IOException {
        env.put("SO_SEND_STRATEGY", "smtp-relay");
        write("recipients.csv", "to,anlass\n380,Messe\n");

        CliRun run = batch("--dry-run");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        assertThat(run.out)
                .contains("row 1 to 380: NOT_SENT: dry run: it would not be sent, no configured strategy"
                        + " can serve (smtp-relay: no SMTP relay is configured");
    }

    @Test
    void batch_resendUnconfirmed_isRefusedBeforeAnything() throws IOException {
        write("recipients.csv", "to,anlass\n380,Messe\n");

        CliRun run = batch("--resend-unconfirmed");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().findFirst().orElseThrow())
                .contains("--resend-unconfirmed cannot be used with --batch")
                .contains("send --resolve KEY --sent or --not-sent");
        assertThat(crm.emailAgent.calls()).isEmpty();
    }

    @Test
    void batch_valueWithLineBreakInTheSubject_failsThatRowOnly() throws IOException {
        write("recipients.csv", "to,anlass\n380,\"Messe\r\nBcc: all@example.com\"\n381,Wartung\n");

        CliRun run = batch();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        assertThat(run.out).contains("row 1 to 380: FAILED: line 2: {{anlass}} in the subject contains a line break");
        assertThat(crm.emailAgent.calls())
                .extracting(OutboundEmail::subject)
                .containsExactly("Angebot für Gasthaus Sonne (Wartung)");
    }

    @Test
    void batch_runAgain_sendsNothingTwiceAndDoesNotWait() throws IOException {
        write("recipients.csv", "to;anlass\n380;Messe\n381;Messe\n");
        batch();
        pauses.clear();

        CliRun again = batch();

        assertThat(again.exitCode).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.err).contains("2 rows: 2 ALREADY_DONE");
        assertThat(crm.emailAgent.calls()).hasSize(2);
        assertThat(pauses).isEmpty();
    }

    @Test
    void batch_isPacedByTheRate() throws IOException {
        write("recipients.csv", "to,anlass\n380,a\n381,b\n380,c\n");

        CliRun oneASecond = batch();
        List<Duration> default1PerSecond = List.copyOf(pauses);
        pauses.clear();
        write("recipients.csv", "to,anlass\n380,d\n381,e\n");
        CliRun twoASecond = batch("--rate", "2/s");
        List<Duration> fast = List.copyOf(pauses);
        pauses.clear();
        write("recipients.csv", "to,anlass\n380,f\n381,g\n");
        CliRun perMinute = batch("--rate", "30/min");

        assertThat(oneASecond.exitCode).as(oneASecond.toString()).isZero();
        assertThat(default1PerSecond).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(fast).containsExactly(Duration.ofMillis(500));
        assertThat(pauses).containsExactly(Duration.ofSeconds(2));
        assertThat(twoASecond.exitCode).isZero();
        assertThat(perMinute.exitCode).isZero();
    }

    @Test
    void batch_badRate_isRefused() throws IOException {
        write("recipients.csv", "to\n380\n");

        CliRun run = batch("--rate", "fast");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("--rate 'fast': give mails per second or per minute");
        assertThat(crm.emailAgent.calls()).isEmpty();
    }

    @Test
    void batch_dryRun_showsEachRowAndSendsAndWritesNothing() throws IOException {
        write("recipients.csv", "to,anlass\n380,Messe\n");

        CliRun run = batch("--dry-run");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .contains("row 1 to 380: DRY_RUN: dry run: nothing sent, nothing written;")
                .contains("subject: Angebot für Hotel Adler (Messe)");
        assertThat(run.err).contains("1 row: 1 DRY_RUN (dry run: nothing sent, nothing written)");
        assertThat(dir.resolve("recipients.results.csv")).doesNotExist();
        assertThat(dir.resolve("outbox")).doesNotExist();
        assertThat(crm.emailAgent.calls()).isEmpty();
    }

    @Test
    void batch_withoutToColumn_isRefusedBeforeAnything() throws IOException {
        write("recipients.csv", "kunde,anlass\nbob@customer.example,Messe\n");

        CliRun run = batch();

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("no 'to' column").contains("columns are kunde, anlass");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void batch_badTemplate_isRefusedNamingTheLine() throws IOException {
        write("recipients.csv", "to\n380\n");
        write("template.txt", "Hallo {{person.firstName}}\n");

        CliRun run = batch();

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("template.txt:1: the first line must be 'Subject: ...'");
    }

    @Test
    void batch_relayFailsMidway_stopsWithTheRowsSoFarInTheResults_andTheRerunFinishes() throws IOException {
        write("recipients.csv", "to,anlass\n380,a\n381,b\n380,c\n");
        crm.emailAgent
                .then(new com.roboplanet.soconnector.domain.port.out.SendOutcome.Sent("<1@x>", new byte[] {1}, null))
                .thenThrow(new SendStrategyException("the relay closed the connection before MAIL FROM", false, null));

        CliRun stopped = batch();
        List<String> afterStop = Files.readAllLines(dir.resolve("recipients.results.csv"));
        CliRun rerun = batch();

        assertThat(stopped.exitCode).as(stopped.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(stopped.err).contains("the relay closed the connection before MAIL FROM");
        assertThat(afterStop).hasSize(3);
        assertThat(afterStop.get(2)).startsWith("2,381,FAILED,,,,,line 3: the relay closed the connection");
        assertThat(rerun.exitCode).as(rerun.toString()).isZero();
        assertThat(rerun.err).contains("3 rows: 1 ALREADY_DONE, 2 SENT_AND_ARCHIVED");
        assertThat(crm.emailAgent.calls()).hasSize(4);
    }

    @Test
    void batch_crmDownMidway_stopsWithExit5AfterWritingThatRow() throws IOException {
        write("recipients.csv", "to,anlass\n380,a\n503,b\n381,c\n");

        CliRun run = batch();

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err).contains("SuperOffice answered 503 three times");
        assertThat(Files.readAllLines(dir.resolve("recipients.results.csv")))
                .hasSize(3)
                .last()
                .asString()
                .startsWith("2,503,FAILED,,,,,line 3: SuperOffice answered 503");
        assertThat(crm.emailAgent.calls()).hasSize(1);
    }

    private CliRun batch(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "send",
                "--batch",
                "recipients.csv",
                "--template",
                "template.txt",
                "--rep",
                "5",
                "--journal",
                "outbox"));
        args.addAll(List.of(extra));
        Clock fixed = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        Pause recording = pauses::add;
        Module overrides = Modules.combine(crm.module(), b -> {
            b.bind(Clock.class).toInstance(fixed);
            b.bind(Pause.class).toInstance(recording);
        });
        return CliRun.in(dir, env, overrides, args.toArray(String[]::new));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
