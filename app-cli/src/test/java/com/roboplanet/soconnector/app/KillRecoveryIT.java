package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.adapters.journal.FileSendJournal;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.RouteHold;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's promise under real kills: the application runs in a child JVM ({@link KillableMain}, the production
 * wiring) and is killed with SIGKILL at each step boundary of each strategy: before and after each journal record,
 * with the SMTP relay stopped at {@code DATA} and right after the final dot, with the sandbox holding {@code POST
 * Document}, {@code PUT Document/{id}/Content}, {@code POST Appointment} and the EMail agent's {@code Send} before and
 * after it acts. Then a person recovers the way the tool says: {@code send --resume}, the {@code --resolve} lines it
 * prints (deciding by looking where it says: the relay, the agent's sent mails), and the same send command again. For
 * every boundary: exactly one mail at the relay, one archived document or one task, the journal finished, nothing
 * left open, and every open entry came with a command that finished it.
 *
 * <p>No sleeps: the test waits for what the child prints, for the relay or the sandbox to report the request it holds,
 * and for the child to end, each with a generous timeout for a loaded machine. Boundaries run side by side (each with
 * its own relay, sandbox and journal; JUnit's parallel execution is switched on for this module's integration tests,
 * every other class stays on one thread). The class prints its wall time.
 */
@Execution(ExecutionMode.CONCURRENT)
class KillRecoveryIT {
    private static final Duration GENEROUS = Duration.ofMinutes(2);
    /** What {@code Process.destroyForcibly} leaves on Unix: 128 + SIGKILL. */
    private static final int KILLED = 137;

    private static long started;

    @TempDir
    static Path root;

    /** Where a strategy is stopped. */
    enum Stop {
        JOURNAL_BEFORE,
        JOURNAL_AFTER,
        RELAY_AT_DATA,
        RELAY_AFTER_THE_DOT_KEEPS,
        RELAY_AFTER_THE_DOT_LOSES,
        SANDBOX_BEFORE_ACTING_DROPPED,
        SANDBOX_BEFORE_ACTING_RELEASED,
        SANDBOX_AFTER_ACTING
    }

    /** One boundary: the strategy, where it stops, and the journal state or route it stops at. */
    record Boundary(String strategy, Stop stop, String at) {
        String name() {
            return strategy + " " + stop.name().toLowerCase(Locale.ROOT) + (at.isEmpty() ? "" : " " + at);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static Stream<Boundary> boundaries() {
        List<Boundary> all = new ArrayList<>();
        String relayed = "smtp-relay";
        for (String state : List.of("PREPARED", "SENDING", "SENT", "ARCHIVED")) {
            all.add(new Boundary(relayed, Stop.JOURNAL_BEFORE, state));
            all.add(new Boundary(relayed, Stop.JOURNAL_AFTER, state));
        }
        all.add(new Boundary(relayed, Stop.RELAY_AT_DATA, ""));
        all.add(new Boundary(relayed, Stop.RELAY_AFTER_THE_DOT_KEEPS, ""));
        all.add(new Boundary(relayed, Stop.RELAY_AFTER_THE_DOT_LOSES, ""));
        for (String route : List.of("POST Document", "PUT Document/{id}/Content")) {
            all.add(new Boundary(relayed, Stop.SANDBOX_BEFORE_ACTING_DROPPED, route));
            all.add(new Boundary(relayed, Stop.SANDBOX_AFTER_ACTING, route));
        }
        String handoff = "activity-handoff";
        for (String state : List.of("PREPARED", "SENDING", "HANDED_OFF")) {
            all.add(new Boundary(handoff, Stop.JOURNAL_BEFORE, state));
            all.add(new Boundary(handoff, Stop.JOURNAL_AFTER, state));
        }
        all.add(new Boundary(handoff, Stop.SANDBOX_BEFORE_ACTING_DROPPED, "POST Appointment"));
        all.add(new Boundary(handoff, Stop.SANDBOX_BEFORE_ACTING_RELEASED, "POST Appointment"));
        all.add(new Boundary(handoff, Stop.SANDBOX_AFTER_ACTING, "POST Appointment"));
        String agent = "email-agent";
        all.add(new Boundary(agent, Stop.JOURNAL_AFTER, "SENDING"));
        all.add(new Boundary(agent, Stop.SANDBOX_BEFORE_ACTING_DROPPED, "POST Agents/EMail/{method}"));
        all.add(new Boundary(agent, Stop.SANDBOX_AFTER_ACTING, "POST Agents/EMail/{method}"));
        all.add(new Boundary(agent, Stop.JOURNAL_BEFORE, "SENT"));
        all.add(new Boundary(agent, Stop.JOURNAL_BEFORE, "ARCHIVED"));
        all.add(new Boundary(agent, Stop.JOURNAL_AFTER, "ARCHIVED"));
        return all.stream();
    }

    @BeforeAll
    static void start() {
        started = System.nanoTime();
    }

    @AfterAll
    static void stop() {
        System.out.printf(
                "KillRecoveryIT: %d boundaries killed and recovered in %.1f s%n",
                boundaries().count(), (System.nanoTime() - started) / 1e9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void killAt_thenRecoverAsPrinted_oneMailOneArchiveOrTaskNothingLeftOpen(Boundary boundary) throws Exception {
        try (Case run = new Case(boundary)) {
            run.killAtTheBoundary();
            run.recoverAsTheToolSays();

            run.assertExactlyOnceAndFinished();
            System.out.println("KillRecoveryIT | " + run.summary());
        }
    }

    /**
     * One kill and its recovery, with a relay and a sandbox of its own (so that boundaries run side by side), a home
     * folder of its own (so a journal of its own) and a subject of its own.
     */
    private static final class Case implements AutoCloseable {
        private final Boundary boundary;
        private final Path home;
        private final String subject;
        private final RelayDouble relay;
        private final SuperOfficeSandbox sandbox;
        private final Map<String, String> env;
        private final List<String> command;
        private final List<String> decisions = new ArrayList<>();
        private int resumeExit;

        Case(Boundary boundary) throws IOException {
            this.boundary = boundary;
            this.home = Files.createDirectories(root.resolve(boundary.name().replaceAll("[^A-Za-z0-9]+", "-")));
            this.subject = "Angebot " + boundary.name();
            this.relay = RelayDouble.start();
            this.sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                    .salesCount(50)
                    .profile(boundary.strategy().equals("email-agent") ? Profile.FULL : Profile.RESTRICTED)
                    .smtp("127.0.0.1", relay.port())
                    .build());
            this.env = SendItSupport.env(sandbox, boundary.strategy(), relay.port());
            env.put("HOME", home.toString());
            Files.writeString(home.resolve("body.txt"), "Hallo,\nanbei das Angebot.\nAnna", StandardCharsets.UTF_8);
            this.command = List.of(
                    "send",
                    "--rep",
                    SendItSupport.REP,
                    "--to",
                    SendItSupport.PERSON,
                    "--subject",
                    subject,
                    "--body-file",
                    "body.txt");
        }

        void killAtTheBoundary() throws Exception {
            RelayDouble.Hold relayHold = null;
            RouteHold sandboxHold = null;
            String journalBoundary = "none";
            switch (boundary.stop()) {
                case JOURNAL_BEFORE -> journalBoundary = "before:" + boundary.at();
                case JOURNAL_AFTER -> journalBoundary = "after:" + boundary.at();
                case RELAY_AT_DATA -> relayHold = relay.holdNext(RelayDouble.Stop.AT_DATA);
                case RELAY_AFTER_THE_DOT_KEEPS, RELAY_AFTER_THE_DOT_LOSES ->
                    relayHold = relay.holdNext(RelayDouble.Stop.AFTER_THE_DOT);
                case SANDBOX_BEFORE_ACTING_DROPPED, SANDBOX_BEFORE_ACTING_RELEASED ->
                    sandboxHold = sandbox.holdBefore(boundary.at());
                case SANDBOX_AFTER_ACTING -> sandboxHold = sandbox.holdAfter(boundary.at());
            }
            try (ChildProcess child = ChildProcess.start(home, env, journalBoundary, command)) {
                boolean there = relayHold != null
                        ? relayHold.awaitArrival(GENEROUS)
                        : sandboxHold != null ? sandboxHold.awaitArrival(GENEROUS) : child.awaitBoundary(GENEROUS);
                assertThat(there)
                        .as("the child reached %s%n%s", boundary, child)
                        .isTrue();

                assertThat(child.kill(GENEROUS)).as("killed with SIGKILL").isEqualTo(KILLED);
            }
            if (relayHold != null) {
                relayHold.letGo(
                        boundary.stop() == Stop.RELAY_AFTER_THE_DOT_KEEPS
                                ? RelayDouble.Then.KEEP
                                : RelayDouble.Then.LOSE);
                assertThat(relayHold.awaitDone(GENEROUS)).isTrue();
            }
            if (sandboxHold != null) {
                if (boundary.stop() == Stop.SANDBOX_BEFORE_ACTING_DROPPED) {
                    sandboxHold.drop();
                } else {
                    sandboxHold.release();
                }
                assertThat(sandboxHold.awaitCompletion(GENEROUS)).isTrue();
            }
        }

        /** {@code send --resume}, each printed decision taken by looking where it says, the command again, resume. */
        void recoverAsTheToolSays() {
            CliRun resumed = cli("send", "--resume");
            resumeExit = resumed.exitCode;
            assertThat(resumed.exitCode)
                    .as(resumed.toString())
                    .isIn(ExitCode.OK, ExitCode.NOT_SENT, ExitCode.UNFINISHED);
            Matcher line = Pattern.compile("so-connector (send --resolve (\\S+) --(?:sent|not-sent))")
                    .matcher(resumed.out);
            List<String> keys = new ArrayList<>();
            while (line.find()) {
                if (!keys.contains(line.group(2))) {
                    keys.add(line.group(2));
                }
            }
            for (String key : keys) {
                String decision = arrived(key) ? "--sent" : "--not-sent";
                decisions.add(decision);
                CliRun decided = cli("send", "--resolve", key, decision);
                assertThat(decided.exitCode).as(decided.toString()).isIn(ExitCode.OK, ExitCode.NOT_SENT);
            }
            assertThat(resumed.out
                            .lines()
                            .filter(l -> l.contains(" NEEDS_CHECKING: "))
                            .count())
                    .as("every entry needing a decision came with its commands")
                    .isEqualTo(keys.size());
            CliRun again = cli(command.toArray(String[]::new));
            assertThat(again.exitCode).as(again.toString()).isZero();
            CliRun finished = cli("send", "--resume");
            assertThat(finished.exitCode).as(finished.toString()).isZero();
            assertThat(finished.err).contains("Nothing to resume");
        }

        /** What a person finds where the tool told them to look. */
        private boolean arrived(String key) {
            JournalEntry entry = journal()
                    .find(new com.roboplanet.soconnector.domain.model.IdempotencyKey(key))
                    .orElseThrow();
            return switch (entry.strategy()) {
                case "smtp-relay" -> relay.mailsWith(entry.messageId()) > 0;
                case "email-agent" ->
                    sandbox.sentMails().stream().anyMatch(m -> m.messageId().equals(entry.messageId()));
                default ->
                    sandbox.appointments().stream()
                            .anyMatch(a -> a.description().contains("key " + key));
            };
        }

        void assertExactlyOnceAndFinished() {
            List<JournalEntry> entries = journal().entries();
            assertThat(entries)
                    .as("one entry, finished")
                    .singleElement()
                    .satisfies(e -> assertThat(e.state())
                            .isEqualTo(
                                    boundary.strategy().equals("activity-handoff")
                                            ? JournalState.HANDED_OFF
                                            : JournalState.ARCHIVED));
            String messageId = "Message-ID: " + entries.get(0).messageId();
            switch (boundary.strategy()) {
                case "smtp-relay" -> {
                    assertThat(relay.mailsWith(messageId))
                            .as("mails at the relay: %s", relay.headers())
                            .isEqualTo(1);
                    assertThat(documents()).as("archived documents").isEqualTo(1);
                }
                case "email-agent" -> {
                    assertThat(sandbox.sentMails().stream()
                                    .filter(m -> m.subject().equals(subject)))
                            .as("mails the EMail agent sent")
                            .hasSize(1);
                    assertThat(relay.mailsWith(messageId))
                            .as("mails at the relay: %s", relay.headers())
                            .isEqualTo(1);
                    assertThat(documents()).as("archived documents").isEqualTo(1);
                }
                default ->
                    assertThat(sandbox.appointments().stream()
                                    .filter(a -> a.description().contains(subject)))
                            .as("tasks for the rep")
                            .hasSize(1);
            }
        }

        /** One line for the log: the boundary, what recovery took, and the counts asserted. */
        String summary() {
            JournalEntry entry = journal().entries().get(0);
            return boundary.name() + " | killed, resume exit " + resumeExit + ", decisions " + decisions
                    + " | relay mails " + relay.mailsWith("Message-ID: " + entry.messageId()) + ", documents "
                    + documents() + ", tasks "
                    + sandbox.appointments().stream()
                            .filter(a -> a.description().contains(subject))
                            .count()
                    + ", journal " + entry.state();
        }

        private long documents() {
            return sandbox.documents().stream()
                    .filter(d -> d.header().equals(subject))
                    .count();
        }

        private FileSendJournal journal() {
            Path outbox = home.resolve(".so-connector").resolve("outbox");
            return new FileSendJournal(
                    new JournalLocation(
                            outbox.resolve("sandbox-" + sandbox.credentials().contextIdentifier()), outbox),
                    false);
        }

        private CliRun cli(String... args) {
            return CliRun.in(home, new HashMap<>(env), Modules.EMPTY_MODULE, args);
        }

        @Override
        public void close() throws IOException {
            sandbox.close();
            relay.close();
        }
    }
}
