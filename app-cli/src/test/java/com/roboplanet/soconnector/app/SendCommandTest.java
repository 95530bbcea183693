package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code send} and {@code send --resume} with a real injector whose SuperOffice side is the domain's fakes. */
class SendCommandTest {
    @TempDir
    Path dir;

    private FakeSuperOffice crm;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        crm = FakeSuperOffice.restricted();
        Files.writeString(
                dir.resolve("body.txt"), "Hallo Bob,\nanbei das Angebot für 2 Omnie.\nAnna", StandardCharsets.UTF_8);
    }

    @Test
    void send_defaultChainOnRestrictedTenant_handsOffAndPrintsEveryStrategyTried() {
        CliRun run = send("--subject", "Angebot Omnie");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out)
                .contains("Status:     HANDED_OFF")
                .contains("Strategy:   activity-handoff")
                .contains("Task:       7000")
                .contains("Tried:      email-agent: not granted: HTTP 401 from Agents/EMail/Send"
                        + " (fix: request the EMail agent at app registration)")
                .contains("Tried:      smtp-relay: not available: no SMTP relay is configured (SMTP_HOST is not set)"
                        + " (fix: set SMTP_HOST")
                .contains("handed off to Anna Vertrieb as task 7000");
        assertThat(crm.handoff.calls()).singleElement().satisfies(mail -> {
            assertThat(mail.rep()).isEqualTo(FakeSuperOffice.ANNA);
            assertThat(mail.recipient().personId()).isEqualTo(380);
            assertThat(mail.contactId()).isEqualTo(67);
            assertThat(mail.subject()).isEqualTo("Angebot Omnie");
            assertThat(mail.textBody()).contains("für 2 Omnie");
        });
    }

    @Test
    void send_sameMailAgain_isAlreadyDoneAndNothingIsSentTwice() {
        send("--subject", "Angebot Omnie");

        CliRun again = send("--subject", "Angebot Omnie");

        assertThat(again.exitCode).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.out).contains("Status:     ALREADY_DONE", "already handed off to the rep as task 7000");
        assertThat(crm.handoff.calls()).hasSize(1);
        assertThat(crm.emailAgent.calls()).hasSize(1);
    }

    @Test
    void send_byEmailAddressesWithSaleOfTheRecipientsCompany_linksTheSale() {
        CliRun run = CliRun.in(
                dir,
                env,
                crm.module(),
                "send",
                "--rep",
                "anna@roboplanet.example",
                "--to",
                "bob@customer.example",
                "--sale",
                "12",
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(crm.handoff.calls().get(0).saleId()).isEqualTo(12L);
    }

    @Test
    void send_withHtmlFile_sendsTextAndHtml() throws IOException {
        Files.writeString(dir.resolve("body.html"), "\uFEFF<p>Hallo Bob, anbei das <b>Angebot</b>.</p>");

        CliRun run = send("--subject", "Angebot", "--html-file", "body.html");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(crm.handoff.calls().get(0).htmlBody()).isEqualTo("<p>Hallo Bob, anbei das <b>Angebot</b>.</p>");
        assertThat(crm.handoff.calls().get(0).textBody()).startsWith("Hallo Bob,");
    }

    @Test
    void send_saleOfAnotherCustomer_isRefusedBeforeAnythingIsSent() {
        CliRun run = send("--subject", "Angebot", "--sale", "13");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err)
                .hasLineCount(1)
                .contains("sale 13 (\"BellaBot\") belongs to customer 68, but Bob Kunde (person 380) is at customer 67"
                        + " (Hotel Adler)");
        assertNothingSentOrWritten();
    }

    @Test
    void send_subjectWithLineBreak_isRefusedAsHeaderInjection() {
        CliRun run = send("--subject", "Angebot\r\nBcc: everyone@example.com");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("--subject contains a line break (CR/LF) at position 8");
        assertNothingSentOrWritten();
    }

    @Test
    void send_invalidRecipientAddress_isRefusedNamingTheOption() {
        CliRun run = run(
                "send",
                "--rep",
                "5",
                "--to",
                "bob@@customer",
                "--subject",
                "x",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err)
                .hasLineCount(1)
                .contains("--to must be an id (a positive number) or an e-mail address: --to \"bob@@customer\" is not"
                        + " a valid e-mail address");
        assertNothingSentOrWritten();
    }

    @Test
    void send_unknownPerson_exits3WithTheDirectorysMessage() {
        CliRun run = run(
                "send",
                "--rep",
                "5",
                "--to",
                "999",
                "--subject",
                "x",
                "--body-file",
                "body.txt",
                "--journal",
                "outbox");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("no person with id or e-mail 999");
        assertNothingSentOrWritten();
    }

    @Test
    void send_missingOrEmptyOrNonUtf8BodyFile_isRefusedNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), " \n");
        Files.write(dir.resolve("latin1.txt"), "Grüße".getBytes(StandardCharsets.ISO_8859_1));

        CliRun missing = send("--subject", "x", "--body-file", "nope.txt");
        CliRun empty = send("--subject", "x", "--body-file", "empty.txt");
        CliRun latin1 = send("--subject", "x", "--body-file", "latin1.txt");

        assertThat(missing.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err).hasLineCount(1).contains("--body-file ").contains("nope.txt: file not found");
        assertThat(empty.err).hasLineCount(1).contains("empty.txt: the file is empty");
        assertThat(latin1.err).hasLineCount(1).contains("latin1.txt: not valid UTF-8 text");
        assertNothingSentOrWritten();
    }

    @Test
    void send_journalIsAFile_exits3NamingIt() throws IOException {
        Files.writeString(dir.resolve("outbox"), "not a directory");

        CliRun run = send("--subject", "x");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("outbox is a file, not a folder");
        assertThat(crm.handoff.calls()).isEmpty();
    }

    @Test
    void send_invalidKey_isRefused() {
        CliRun run = send("--subject", "x", "--key", "../etc/passwd");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("idempotency key \"../etc/passwd\" must be");
        assertNothingSentOrWritten();
    }

    @Test
    void send_dryRun_printsThePlanAndSendsAndWritesNothing() {
        CliRun run = send("--subject", "Angebot Omnie", "--dry-run");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out)
                .contains("Dry run for key ")
                .contains("from rep: Anna Vertrieb <anna@roboplanet.example> (associate 5)")
                .contains("to: Bob Kunde <bob@customer.example> (person 380, contact 67)")
                .contains("try email-agent:")
                .contains("else smtp-relay: not configured (SMTP_HOST is not set)")
                .contains("else activity-handoff:")
                .contains("dry run: nothing sent, nothing written");
        assertNothingSentOrWritten();
    }

    @Test
    void send_noConfiguredStrategyServes_exits6WithWhyEachDidNot() {
        env.put("SO_SEND_STRATEGY", "email-agent,smtp-relay");

        CliRun run = send("--subject", "Angebot");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        assertThat(run.out)
                .contains("Status:     NOT_SENT")
                .contains("not sent: no configured strategy could send it (email-agent: HTTP 401 from"
                        + " Agents/EMail/Send; smtp-relay: no SMTP relay is configured (SMTP_HOST is not set))");
        assertThat(crm.handoff.calls()).isEmpty();
    }

    @Test
    void send_archiveFails_exits7_thenResumeArchivesWithoutSendingAgain() {
        env.put("SO_SEND_STRATEGY", "smtp-relay");
        FakeSuperOffice granted = new FakeSuperOffice().relaying();
        granted.archive.failingTimes(1);
        crm = granted;

        CliRun first = send("--subject", "Angebot");
        CliRun resume = run("send", "--resume", "--journal", "outbox");
        CliRun again = run("send", "--resume", "--journal", "outbox");

        assertThat(first.exitCode).as(first.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(first.out)
                .contains("Status:     SENT_ARCHIVE_PENDING")
                .contains("archiving failed: archive is down (test); run send --resume to archive it");
        assertThat(resume.exitCode).as(resume.toString()).isEqualTo(ExitCode.OK);
        assertThat(resume.out)
                .containsPattern(
                        "[0-9a-f]{64} SENT_AND_ARCHIVED: sent via smtp-relay as <.*>;" + " archived as document 1000");
        assertThat(resume.err).contains("Resumed 1 unfinished mail(s) in ").contains("1 SENT_AND_ARCHIVED");
        assertThat(again.err).contains("Nothing to resume in ");
        assertThat(granted.relay.calls()).hasSize(1);
        assertThat(granted.archive.archived()).hasSize(1);
    }

    @Test
    void resume_dryRun_saysWhatItWouldArchiveAndArchivesNothing() {
        env.put("SO_SEND_STRATEGY", "smtp-relay");
        crm = new FakeSuperOffice().relaying();
        crm.archive.failingTimes(1);
        send("--subject", "Angebot");

        CliRun dry = run("send", "--resume", "--dry-run", "--journal", "outbox");

        assertThat(dry.exitCode).as(dry.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(dry.out).contains("SENT_ARCHIVE_PENDING: dry run: would archive <");
        assertThat(dry.err).contains("Dry run: 1 unfinished mail(s)");
        assertThat(crm.archive.archived()).isEmpty();
    }

    @Test
    void send_interruptedMidSend_needsCheckingUntilResentOnPurpose() {
        env.put("SO_SEND_STRATEGY", "email-agent");
        crm = new FakeSuperOffice();
        crm.emailAgent.thenThrow(new SendStrategyException("connection reset after DATA", true, null));

        CliRun interrupted = send("--subject", "Angebot");
        CliRun again = send("--subject", "Angebot");
        CliRun resume = run("send", "--resume", "--journal", "outbox");
        CliRun resent = send("--subject", "Angebot", "--resend-unconfirmed");

        assertThat(interrupted.exitCode).as(interrupted.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(interrupted.out)
                .contains("Status:     NEEDS_CHECKING", "email-agent: connection reset after DATA")
                .contains("found it, it arrived:  so-connector send --journal outbox --resolve ")
                .contains("it is not there:       so-connector send --journal outbox --resolve ");
        assertThat(interrupted.err).isEmpty();
        assertThat(again.exitCode).isEqualTo(ExitCode.UNFINISHED);
        assertThat(again.out).contains("Status:     NEEDS_CHECKING", "Anna Vertrieb's sent items");
        assertThat(resume.out).contains("NEEDS_CHECKING");
        assertThat(resent.exitCode).as(resent.toString()).isEqualTo(ExitCode.OK);
        assertThat(resent.out).contains("Status:     SENT_AND_ARCHIVED");
        assertThat(crm.emailAgent.calls()).hasSize(2);
    }

    @Test
    void send_unknownOrRepeatedStrategy_exits3NamingTheKey() {
        env.put("SO_SEND_STRATEGY", "email-agent, fax");
        CliRun unknown = send("--subject", "x");
        env.put("SO_SEND_STRATEGY", "smtp-relay,smtp-relay");
        CliRun twice = send("--subject", "x");
        env.put("SO_SEND_STRATEGY", "smtp-relay,,activity-handoff");
        CliRun empty = send("--subject", "x");

        assertThat(unknown.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err)
                .hasLineCount(1)
                .contains("SO_SEND_STRATEGY (the environment): entry 2 of 2 is not a strategy; give one or a comma list"
                        + " of email-agent, smtp-relay, activity-handoff");
        assertThat(twice.err).hasLineCount(1).contains("smtp-relay is listed twice");
        assertThat(empty.err).hasLineCount(1).contains("entry 2 of 3 is empty");
        assertNothingSentOrWritten();
    }

    @Test
    void send_relayHalfConfigured_exits3NamingTheMissingKey() {
        env.put("SO_SEND_STRATEGY", "smtp-relay");
        env.put("SMTP_HOST", "127.0.0.1");

        CliRun run = send("--subject", "x");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("SMTP_FROM is not set");
    }

    @Test
    void send_dryRunWithRelay_describesItWithoutThePassword() {
        env.put("SO_SEND_STRATEGY", "smtp-relay");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", "2525");
        env.put("SMTP_SECURITY", "none");
        env.put("SMTP_FROM", "noreply@roboplanet.example");
        env.put("SMTP_USERNAME", "relay-user");
        env.put("SMTP_PASSWORD", "s3cret-Pa55");

        CliRun run = send("--subject", "x", "--dry-run");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out).contains("try smtp-relay: SMTP relay 127.0.0.1:2525 (none, user relay-user)");
        assertThat(run.out + run.err).doesNotContain("s3cret-Pa55");
    }

    @Test
    void send_modesMixedOrIncomplete_isAUsageError() {
        CliRun resumeWithTo = run("send", "--resume", "--to", "380");
        CliRun incomplete = run("send", "--rep", "5", "--to", "380");

        assertThat(resumeWithTo.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(resumeWithTo.err).contains("--to cannot be used with --resume");
        assertThat(incomplete.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(incomplete.err).contains("send needs --subject, --body-file");
    }

    private CliRun send(String... extra) {
        List<String> args = new ArrayList<>(
                List.of("send", "--rep", "5", "--to", "380", "--body-file", "body.txt", "--journal", "outbox"));
        for (int i = 0; i < extra.length; i++) {
            int existing = args.indexOf(extra[i]);
            if (existing > 0 && i + 1 < extra.length && !extra[i + 1].startsWith("--")) {
                args.set(existing + 1, extra[++i]);
            } else {
                args.add(extra[i]);
            }
        }
        return run(args.toArray(String[]::new));
    }

    private CliRun run(String... args) {
        Module overrides = Modules.combine(crm.module());
        return CliRun.in(dir, env, overrides, args);
    }

    private void assertNothingSentOrWritten() {
        assertThat(crm.emailAgent.calls()).isEmpty();
        assertThat(crm.handoff.calls()).isEmpty();
        assertThat(dir.resolve("outbox")).doesNotExist();
    }
}
