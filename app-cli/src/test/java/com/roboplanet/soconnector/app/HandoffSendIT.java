package com.roboplanet.soconnector.app;

import static com.roboplanet.soconnector.app.SendItSupport.PERSON;
import static com.roboplanet.soconnector.app.SendItSupport.REP;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.ScenarioSale;
import com.roboplanet.soconnector.sandbox.Scenarios;
import com.roboplanet.soconnector.sandbox.StoredAppointment;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off against the restricted sandbox without a relay: what a new user gets from the default chain. */
class HandoffSendIT {
    private static final String BODY = "Hallo,\nanbei das Angebot für 2 Omnie CD-01 & Wartung.\n\nGrüße\nAnna";
    private static final int SALE = 900001;
    private static final int OTHER_CUSTOMERS_SALE = 900002;

    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;

    @BeforeEach
    void start() throws Exception {
        LocalDateTime date = LocalDateTime.of(2026, 11, 2, 10, 0);
        sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .scenarios(Scenarios.none()
                        .withSales(List.of(
                                new ScenarioSale(
                                        SALE,
                                        "2xOmnie CD-01",
                                        date,
                                        1,
                                        "Kunde 1",
                                        1,
                                        ScenarioSale.Status.OPEN,
                                        1000,
                                        List.of()),
                                new ScenarioSale(
                                        OTHER_CUSTOMERS_SALE,
                                        "BellaBot",
                                        date,
                                        2,
                                        "Kunde 2",
                                        1,
                                        ScenarioSale.Status.OPEN,
                                        1000,
                                        List.of()))))
                .build());
        SendItSupport.body(dir, BODY);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void send_defaultChainWithoutRelay_createsATaskForTheRepWithAWorkingMailtoLink() {
        CliRun run = send("--subject", "Angebot Omnie & Wartung", "--sale", Integer.toString(SALE));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Status:     HANDED_OFF", "Strategy:   activity-handoff", "Task:");
        assertThat(sandbox.appointments()).singleElement().satisfies(task -> {
            assertThat(task.associateId()).isEqualTo(1);
            assertThat(task.contactId()).isEqualTo(1);
            assertThat(task.personId()).isEqualTo(1);
            assertThat(task.saleId()).isEqualTo(SALE);
            assertThat(task.description()).contains("Angebot Omnie & Wartung", "anbei das Angebot");
            Map<String, String> mailto = mailto(task);
            assertThat(mailto.get("to")).contains("@");
            assertThat(mailto.get("subject")).isEqualTo("Angebot Omnie & Wartung");
            assertThat(mailto.get("body").replace("\r\n", "\n")).startsWith("Hallo,\nanbei das Angebot für 2 Omnie");
        });
        assertThat(run.out)
                .contains("Task:       " + sandbox.appointments().get(0).appointmentId());
    }

    @Test
    void send_saleOfAnotherCustomer_isRefusedAndNoTaskIsCreated() {
        CliRun run = send("--subject", "Angebot", "--sale", Integer.toString(OTHER_CUSTOMERS_SALE));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).hasLineCount(1).contains("sale " + OTHER_CUSTOMERS_SALE, "belongs to customer 2");
        assertThat(sandbox.appointments()).isEmpty();
    }

    @Test
    void send_again_doesNotCreateASecondTask() {
        send("--subject", "Angebot");

        CliRun again = send("--subject", "Angebot");

        assertThat(again.out).contains("Status:     ALREADY_DONE");
        assertThat(sandbox.appointments()).hasSize(1);
    }

    private CliRun send(String... extra) {
        Map<String, String> env = new HashMap<>(SandboxEnv.of(sandbox));
        String[] base = {"send", "--rep", REP, "--to", PERSON, "--body-file", "body.txt", "--journal", "outbox"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.in(dir, env, Modules.EMPTY_MODULE, args);
    }

    /** The first mailto: link in the task, split into its address and decoded header fields (RFC 6068). */
    private static Map<String, String> mailto(StoredAppointment task) {
        Matcher m = Pattern.compile("mailto:[^\\s\"'<>]+").matcher(task.description());
        assertThat(m.find()).as("a mailto: link in " + task.description()).isTrue();
        URI uri = URI.create(m.group());
        String raw = uri.getRawSchemeSpecificPart();
        int q = raw.indexOf('?');
        Map<String, String> fields = new HashMap<>();
        fields.put("to", decode(q < 0 ? raw : raw.substring(0, q)));
        if (q >= 0) {
            for (String pair : raw.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                fields.put(pair.substring(0, eq).toLowerCase(java.util.Locale.ROOT), decode(pair.substring(eq + 1)));
            }
        }
        return fields;
    }

    /** Percent-decoding only: in a mailto URI '+' is a plus sign, not a space. */
    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
