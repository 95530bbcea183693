package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.util.Modules;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code probe} against both sandbox profiles, with GreenMail as the relay where it matters. */
class ProbeIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void probe_restrictedProfile_reproducesTheFirstTeamsFindings() throws Exception {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().profile(Profile.RESTRICTED).build())) {
            CliRun run = CliRun.in(dir, SandboxEnv.of(sandbox), Modules.EMPTY_MODULE, "probe", "--format", "json");

            assertThat(run.exitCode).as(run.toString()).isZero();
            Map<String, JsonNode> rows = rows(run.out);
            assertThat(rows.get("TOKEN").get("status").asText()).isEqualTo("OK");
            assertThat(rows.get("READ_SALES").get("status").asText()).isEqualTo("OK");
            assertThat(rows.get("EMAIL_AGENT").get("status").asText()).isEqualTo("FAILED");
            assertThat(rows.get("EMAIL_AGENT").get("evidence").asText()).contains("401");
            assertThat(rows.get("CRMSCRIPT_AGENT").get("status").asText()).isEqualTo("FAILED");
            assertThat(rows.get("CRMSCRIPT_AGENT").get("evidence").asText()).contains("403");
            JsonNode user = rows.get("CURRENT_USER");
            assertThat(user.get("evidence").asText() + " " + user.get("meaning").asText())
                    .containsIgnoringCase("system");
            assertThat(rows.get("SMTP_CONNECT").get("status").asText()).isEqualTo("SKIPPED");
            assertThat(new ObjectMapper()
                            .readTree(run.out)
                            .get("recommendation")
                            .get("SO_SEND_STRATEGY")
                            .asText())
                    .isEqualTo("activity-handoff");
        }
    }

    @Test
    void probe_fullProfileWithRelay_isAllOkAndRecommendsEveryPath() throws Exception {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().profile(Profile.FULL).build())) {
            Map<String, String> env = new HashMap<>(SandboxEnv.of(sandbox));
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", Integer.toString(greenMail.getSmtp().getPort()));
            env.put("SMTP_SECURITY", "none");
            env.put("SMTP_FROM", SendItSupport.RELAY_FROM);

            CliRun json = CliRun.in(dir, env, Modules.EMPTY_MODULE, "probe", "--format", "json");
            CliRun table = CliRun.in(dir, env, Modules.EMPTY_MODULE, "probe");

            assertThat(json.exitCode).as(json.toString()).isZero();
            Map<String, JsonNode> rows = rows(json.out);
            for (String superOffice : new String[] {
                "TOKEN",
                "DISCOVERY",
                "CURRENT_USER",
                "READ_SALES",
                "CREATE_DOCUMENT",
                "CREATE_APPOINTMENT",
                "EMAIL_AGENT",
                "CRMSCRIPT_AGENT"
            }) {
                assertThat(rows.get(superOffice).get("status").asText())
                        .as(superOffice)
                        .isEqualTo("OK");
            }
            assertThat(rows.get("SMTP_CONNECT").get("status").asText()).isEqualTo("OK");
            assertThat(table.out).contains("Recommended: SO_SEND_STRATEGY=email-agent,smtp-relay,activity-handoff");
            assertThat(greenMail.getReceivedMessages()).isEmpty();
            assertThat(sandbox.documents()).isEmpty();
            assertThat(sandbox.appointments()).isEmpty();
        }
    }

    /**
     * D6: with a relay that works, SuperOffice refusing the credentials (or unreachable) still means no path works:
     * every strategy needs it for the rep and the person. Exit 6, and the relay is not recommended.
     */
    @Test
    void probe_superOfficeRefusesTheCredentialsOrIsUnreachable_noPathWorksExit6() throws Exception {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults())) {
            Map<String, String> env = new HashMap<>(SandboxEnv.of(sandbox));
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", Integer.toString(greenMail.getSmtp().getPort()));
            env.put("SMTP_SECURITY", "none");
            env.put("SMTP_FROM", SendItSupport.RELAY_FROM);
            sandbox.revokeRefreshToken();

            CliRun refused = CliRun.in(dir, env, Modules.EMPTY_MODULE, "probe");
            env.put("SO_LOGIN_URL", "http://127.0.0.1:" + SendItSupport.closedPort());
            CliRun unreachable = CliRun.in(dir, env, Modules.EMPTY_MODULE, "probe");

            for (CliRun run : new CliRun[] {refused, unreachable}) {
                assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
                assertThat(run.out)
                        .containsPattern("SMTP relay: connect +OK")
                        .contains("Recommended: none")
                        .contains("no sending path works: SuperOffice refused the login or could not be reached")
                        .contains("every strategy needs it to look up the rep and the person");
            }
        }
    }

    private static Map<String, JsonNode> rows(String json) throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(json).get("rows")) {
            rows.put(row.get("capability").asText(), row);
        }
        return rows;
    }
}
