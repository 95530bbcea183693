package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.adapters.journal.FileSendJournal;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.Pause;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's reproductions as a user meets them, against the sandbox and a relay that can lose its answers: D1 (a
 * batch with two interrupted rows, one at the relay and one not), D2 (a hand-off interrupted while SuperOffice cannot
 * be asked), D4 (a mail sent but not archived is never "done"), a journal per tenant, entries of an earlier version,
 * and international addresses in the envelope.
 */
class SendRecoveryIT {
    private static final Module NO_WAITING = b -> b.bind(Pause.class).toInstance(duration -> {});

    @TempDir
    Path dir;

    private RelayDouble relay;
    private SuperOfficeSandbox sandbox;
    private Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        relay = RelayDouble.start();
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(200).build());
        env = SendItSupport.env(sandbox, "smtp-relay", relay.port());
        env.put("HOME", dir.resolve("home").toString());
        SendItSupport.body(dir, "Hallo,\nanbei das Angebot.\nAnna");
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
        relay.close();
    }

    /**
     * D1: ten rows; the relay loses its answer to row 3 (it has the mail) and, in the next run, to row 7 (it lost the
     * mail). The batch stops at each, then lists both rows with their exact --resolve lines; the person decides each
     * by looking at the relay; the batch run once more sends row 7 alone: ten mails for ten rows.
     */
    @Test
    void batch_twoInterruptedRows_eachDecidedOnItsOwn_tenMailsForTenRows() throws Exception {
        StringBuilder list = new StringBuilder("to,anlass\n");
        for (int person = 1; person <= 10; person++) {
            list.append(person).append(",Messe\n");
        }
        Files.writeString(dir.resolve("recipients.csv"), list, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("template.txt"),
                "Subject: Angebot für {{person.fullName}} ({{anlass}})\n\nGuten Tag,\nanbei das Angebot.\n{{rep.name}}\n",
                StandardCharsets.UTF_8);
        relay.closeAfterTheDotOf(3, RelayDouble.Then.KEEP);

        CliRun stoppedAt3 = batch();
        relay.closeAfterTheDotOf(7, RelayDouble.Then.LOSE);
        CliRun stoppedAt7 = batch();
        CliRun listsBoth = batch();

        assertThat(stoppedAt3.exitCode).as(stoppedAt3.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(stoppedAt3.err).contains("row 3 (line 4)", "the batch stopped there");
        assertThat(stoppedAt7.exitCode).as(stoppedAt7.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(listsBoth.exitCode).as(listsBoth.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(listsBoth.out).contains("2 row(s) need a decision or a resume:");
        List<String> keys = resolveKeys(listsBoth.out);
        assertThat(keys).hasSize(2);
        assertThat(relay.mails())
                .as("row 7's mail was lost, row 3's is at the relay")
                .hasSize(9);

        for (String key : keys) {
            String messageId =
                    journal().find(new IdempotencyKey(key)).orElseThrow().messageId();
            String decision = relay.mailsWith(messageId) > 0 ? "--sent" : "--not-sent";
            CliRun decided = cli("send", "--journal", "outbox", "--resolve", key, decision);
            assertThat(decided.exitCode).as(decided.toString()).isIn(ExitCode.OK, ExitCode.NOT_SENT);
        }
        CliRun finish = batch();

        assertThat(finish.exitCode).as(finish.toString()).isZero();
        assertThat(finish.err).contains("10 rows: 9 ALREADY_DONE, 1 SENT_AND_ARCHIVED");
        assertThat(relay.mails()).as("ten mails for ten rows").hasSize(10);
        assertThat(sandbox.documents()).hasSize(10);
        assertThat(journal().entries()).extracting(JournalEntry::state).containsOnly(JournalState.ARCHIVED);
    }

    /**
     * D2: a hand-off interrupted between POST Appointment and the journal's record, while SuperOffice cannot be asked:
     * the advice names the task to look for (not the sent items); once it can be asked again, resume finds the task by
     * the key in its text and records it without asking, and a second task is never made.
     */
    @Test
    void handoff_interruptedAfterTheTaskWasMade_isFoundByItsKeyAndNeverMadeTwice() throws Exception {
        env.put("SO_SEND_STRATEGY", "activity-handoff");
        SendJournals dies = (location, create) -> new ForwardingSendJournal(new FileSendJournal(location, create)) {
            @Override
            public void record(JournalEntry entry) {
                if (entry.state() == JournalState.HANDED_OFF) {
                    throw new CrashRecoverySendIT.Crash("after POST Appointment, before HANDED_OFF");
                }
                super.record(entry);
            }
        };
        try {
            CliRun.in(dir, env, b -> b.bind(SendJournals.class).toInstance(dies), sendArgs("Rückfrage"));
        } catch (CrashRecoverySendIT.Crash expected) {
            // The process "died" here.
        }
        assertThat(sandbox.appointments()).hasSize(1);
        sandbox.revokeRefreshToken();
        sandbox.expireAccessTokens();

        CliRun whileDown = cli("send", "--journal", "outbox", "--resume");
        sandbox.restoreRefreshToken();
        CliRun resumed = cli("send", "--journal", "outbox", "--resume");
        CliRun again = cli(sendArgs("Rückfrage"));

        assertThat(whileDown.exitCode).as(whileDown.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(whileDown.out)
                .contains("NEEDS_CHECKING", "a task in SuperOffice for ", "whose text carries key ")
                .contains("SuperOffice could not be asked")
                .doesNotContain("sent items")
                .contains("--resolve");
        assertThat(resumed.exitCode).as(resumed.toString()).isZero();
        assertThat(resumed.out)
                .contains(
                        "ALREADY_DONE", "task " + sandbox.appointments().get(0).appointmentId());
        assertThat(again.exitCode).isZero();
        assertThat(sandbox.appointments()).as("one task, never a second").hasSize(1);
    }

    /**
     * D4: a mail sent whose archive fails is "archive pending" (exit 7) on every run of the same command, never "done"
     * (exit 0), until it is archived; and a different mail sent meanwhile also exits 7 and says which one is open.
     */
    @Test
    void send_sentButNotArchived_exits7OnEveryRunUntilArchived_alsoForOtherMails() throws Exception {
        env.put("SO_MAIL_TEMPLATE_ID", "77");

        CliRun first = cli(sendArgs("Angebot"));
        CliRun again = cli(sendArgs("Angebot"));
        CliRun other = cli(sendArgs("Anderes Angebot"));
        env.remove("SO_MAIL_TEMPLATE_ID");
        CliRun fixed = cli(sendArgs("Angebot"));
        CliRun later = cli(sendArgs("Drittes Angebot"));

        assertThat(first.exitCode).as(first.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(first.out).contains("Status:     SENT_ARCHIVE_PENDING", "SO_MAIL_TEMPLATE_ID 77");
        assertThat(again.exitCode).as(again.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(again.out).contains("Status:     SENT_ARCHIVE_PENDING").doesNotContain("ALREADY_DONE");
        assertThat(other.exitCode).as(other.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(other.out)
                .contains("Status:     SENT_ARCHIVE_PENDING", "Earlier runs left 1 mail(s) unfinished in ")
                .contains("archive it:            so-connector send --journal outbox --resume");
        assertThat(fixed.exitCode).as(fixed.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(fixed.out).contains("Status:     SENT_AND_ARCHIVED", "Earlier runs left 1 mail(s) unfinished");
        CliRun resumed = cli("send", "--journal", "outbox", "--resume");
        assertThat(resumed.exitCode).as(resumed.toString()).isZero();
        assertThat(cli(sendArgs("Drittes Angebot")).exitCode).isZero();
        assertThat(later.exitCode).isEqualTo(ExitCode.UNFINISHED);
        assertThat(relay.mails()).hasSize(3);
        assertThat(sandbox.documents()).hasSize(3);
    }

    /** D4 for a batch: a row sent but not archived keeps the re-run at exit 7 until it is archived. */
    @Test
    void batch_rerunWithARowSentButNotArchived_exits7UntilArchived() throws Exception {
        Files.writeString(dir.resolve("recipients.csv"), "to,anlass\n1,Messe\n2,Messe\n", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("template.txt"),
                "Subject: Angebot {{anlass}} {{person.id}}\n\nHallo\n",
                StandardCharsets.UTF_8);
        env.put("SO_MAIL_TEMPLATE_ID", "77");

        CliRun first = batch();
        CliRun rerun = batch();
        env.remove("SO_MAIL_TEMPLATE_ID");
        CliRun archived = batch();

        assertThat(first.exitCode).as(first.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(rerun.exitCode).as(rerun.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(rerun.err).contains("2 rows: 2 SENT_ARCHIVE_PENDING");
        assertThat(archived.exitCode).as(archived.toString()).isZero();
        assertThat(archived.err).contains("2 rows: 2 SENT_AND_ARCHIVED");
        assertThat(relay.mails()).hasSize(2);
    }

    /**
     * One journal per tenant: the same mail tried on the sandbox, then sent on a second tenant (a second sandbox with
     * the same data and another context identifier), goes out on each, and each tenant's journal is in its own folder.
     */
    @Test
    void send_sameMailOnTwoTenants_isSentOncePerTenant() throws Exception {
        try (SuperOfficeSandbox second = SuperOfficeSandbox.start(SandboxOptions.builder()
                .salesCount(200)
                .contextIdentifier("Cust20001")
                .build())) {
            Map<String, String> secondEnv = SendItSupport.env(second, "smtp-relay", relay.port());
            secondEnv.put("HOME", env.get("HOME"));
            String[] args = {
                "send",
                "--rep",
                SendItSupport.REP,
                "--to",
                SendItSupport.PERSON,
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt"
            };

            CliRun onTheSandbox = cli(args);
            CliRun onTheTenant = CliRun.in(dir, secondEnv, Modules.EMPTY_MODULE, args);
            CliRun sandboxAgain = cli(args);

            assertThat(onTheSandbox.exitCode).as(onTheSandbox.toString()).isZero();
            assertThat(onTheTenant.exitCode).as(onTheTenant.toString()).isZero();
            assertThat(onTheTenant.out).contains("Status:     SENT_AND_ARCHIVED");
            assertThat(sandboxAgain.out).contains("Status:     ALREADY_DONE");
            assertThat(relay.mails()).as("once per tenant").hasSize(2);
            Path outbox = dir.resolve("home/.so-connector/outbox");
            assertThat(outbox.resolve("sandbox-" + sandbox.credentials().contextIdentifier()))
                    .isDirectory();
            assertThat(outbox.resolve("sandbox-Cust20001")).isDirectory();
        }
    }

    /**
     * Entries of an earlier version (one flat folder, no tenant) are never silently re-assigned: a send of the same
     * mail stops and says so, resume lists them with the command that assigns them, and once assigned the mail is known
     * (nothing sent again) and a pending one is archived into this tenant.
     */
    @Test
    void earlierVersionsEntries_areReportedUntilAssignedAndThenKnown() throws Exception {
        String[] sendToDefaultJournal = {
            "send",
            "--rep",
            SendItSupport.REP,
            "--to",
            SendItSupport.PERSON,
            "--subject",
            "Angebot",
            "--body-file",
            "body.txt"
        };
        cli(sendToDefaultJournal);
        Path outbox = dir.resolve("home/.so-connector/outbox");
        FileSendJournal current = journalUnderHome();
        JournalEntry sent = current.entries().get(0);
        Path legacy = dir.resolve("legacy");
        new FileSendJournal(legacy)
                .record(new JournalEntry(
                        IdempotencyKey.withoutTenant(sent.email()),
                        null,
                        JournalState.SENT,
                        sent.email(),
                        sent.strategy(),
                        sent.messageId(),
                        sent.mime(),
                        null,
                        null,
                        List.of(),
                        "",
                        sent.updatedAt()));
        for (Path file : Files.list(legacy).toList()) {
            Files.move(file, outbox.resolve(file.getFileName()));
        }
        deleteTree(outbox.resolve("sandbox-" + sandbox.credentials().contextIdentifier()));
        int documentsBefore = sandbox.documents().size();

        CliRun send = cli(sendToDefaultJournal);
        CliRun resume = cli("send", "--resume");
        CliRun assign = cli("send", "--resume", "--assign-legacy-to-current-tenant");
        CliRun again = cli(sendToDefaultJournal);

        assertThat(send.exitCode).as(send.toString()).isEqualTo(ExitCode.UNFINISHED);
        assertThat(send.out).contains("Status:     UNASSIGNED", "written by an earlier version");
        assertThat(resume.exitCode).isEqualTo(ExitCode.UNFINISHED);
        assertThat(resume.out)
                .contains("it is this tenant's:   so-connector send --resume --assign-legacy-to-current-tenant");
        assertThat(assign.exitCode).as(assign.toString()).isZero();
        assertThat(assign.err).contains("Assigned 1 mail(s) of an earlier version to this tenant.");
        assertThat(assign.out).contains("SENT_AND_ARCHIVED");
        assertThat(again.exitCode).as(again.toString()).isZero();
        assertThat(again.out).contains("Status:     ALREADY_DONE");
        assertThat(relay.mails()).as("never sent a second time").hasSize(1);
        assertThat(sandbox.documents())
                .as("archived into the same document, idempotent per Message-ID")
                .hasSize(documentsBefore);
        assertThat(Files.list(outbox).filter(Files::isRegularFile).toList()).isEmpty();
    }

    /**
     * Issue 13 item 6 end to end: a person whose address SuperOffice holds with an umlaut domain is found when the
     * ASCII form is typed (and one held in ASCII when the Unicode form is typed), and the relay sees the ASCII form.
     */
    @Test
    void send_internationalDomain_foundInEitherFormAndSentInAscii() throws Exception {
        sandbox.close();
        sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .salesCount(200)
                .scenarios(Scenarios.none()
                        .withPersonEmails(Map.of(
                                1, "einkauf@bäckerei-kunz.de",
                                2, "verkauf@xn--mller-kva.de")))
                .build());
        env = SendItSupport.env(sandbox, "smtp-relay", relay.port());
        env.put("HOME", dir.resolve("home").toString());

        CliRun ascii = cli(
                "send",
                "--rep",
                "1",
                "--to",
                "einkauf@xn--bckerei-kunz-gcb.de",
                "--subject",
                "Angebot",
                "--body-file",
                "body.txt");
        CliRun unicode = cli(
                "send", "--rep", "1", "--to", "verkauf@müller.de", "--subject", "Angebot", "--body-file", "body.txt");

        assertThat(ascii.exitCode).as(ascii.toString()).isZero();
        assertThat(unicode.exitCode).as(unicode.toString()).isZero();
        assertThat(relay.commands())
                .contains("RCPT TO:<einkauf@xn--bckerei-kunz-gcb.de>")
                .contains("RCPT TO:<verkauf@xn--mller-kva.de>");
        assertThat(sandbox.documents()).extracting(d -> d.personId()).containsExactlyInAnyOrder(1, 2);
    }

    private FileSendJournal journal() {
        return new FileSendJournal(dir.resolve("outbox"));
    }

    private FileSendJournal journalUnderHome() {
        Path outbox = dir.resolve("home/.so-connector/outbox");
        return new FileSendJournal(
                new JournalLocation(
                        outbox.resolve("sandbox-" + sandbox.credentials().contextIdentifier()), outbox),
                false);
    }

    private String[] sendArgs(String subject) {
        return new String[] {
            "send",
            "--rep",
            SendItSupport.REP,
            "--to",
            SendItSupport.PERSON,
            "--subject",
            subject,
            "--body-file",
            "body.txt",
            "--journal",
            "outbox"
        };
    }

    private CliRun batch() {
        return CliRun.in(
                dir,
                new HashMap<>(env),
                NO_WAITING,
                "send",
                "--batch",
                "recipients.csv",
                "--template",
                "template.txt",
                "--rep",
                SendItSupport.REP,
                "--journal",
                "outbox");
    }

    private CliRun cli(String... args) {
        return CliRun.in(dir, new HashMap<>(env), Modules.EMPTY_MODULE, args);
    }

    /** The keys of the {@code --resolve} lines printed, each once, in order. */
    static List<String> resolveKeys(String out) {
        List<String> keys = new ArrayList<>();
        Matcher line = Pattern.compile("--resolve (\\S+) --(?:sent|not-sent)").matcher(out);
        while (line.find()) {
            if (!keys.contains(line.group(1))) {
                keys.add(line.group(1));
            }
        }
        return keys;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
