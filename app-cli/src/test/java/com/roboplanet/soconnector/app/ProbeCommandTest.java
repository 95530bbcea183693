package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.app.probe.ProbeModule;
import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code probe} with SuperOffice rows from a fake and the relay rows real or replaced. */
class ProbeCommandTest {
    @TempDir
    Path dir;

    private final FakeSuperOffice crm = new FakeSuperOffice();

    @Test
    void probe_restrictedTenantWithoutRelay_recommendsTheHandOffInATable() {
        crm.probeRows.addAll(restrictedRows());

        CliRun run = CliRun.in(dir, Map.of(), crm.module(), "probe");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out.lines().findFirst().orElseThrow())
                .startsWith("Capability")
                .contains("Status", "Evidence / meaning / fix");
        assertThat(run.out)
                .containsPattern(
                        "SuperOffice: EMail agent +FAILED +HTTP 401\n +not granted\n +fix: request the agent\n")
                .containsPattern("SMTP relay: connect +SKIPPED\n +no SMTP relay configured \\(SMTP_HOST is not set\\)")
                .contains("Recommended: SO_SEND_STRATEGY=activity-handoff")
                .contains("Tasks can be created for the hand-off.");
    }

    @Test
    void probe_json_carriesEveryRowAndTheRecommendation() throws Exception {
        crm.probeRows.addAll(restrictedRows());

        CliRun run = CliRun.in(dir, Map.of(), crm.module(), "probe", "--format", "json");

        JsonNode doc = new ObjectMapper().readTree(run.out);
        assertThat(doc.get("rows")).hasSize(restrictedRows().size() + 4);
        assertThat(doc.get("rows").get(6).get("capability").asText()).isEqualTo("EMAIL_AGENT");
        assertThat(doc.get("rows").get(6).get("evidence").asText()).isEqualTo("HTTP 401");
        assertThat(doc.get("rows").get(8).get("label").asText()).isEqualTo("SMTP relay: connect");
        assertThat(doc.get("recommendation").get("SO_SEND_STRATEGY").asText()).isEqualTo("activity-handoff");
    }

    @Test
    void probe_relayWorks_isRecommendedBeforeTheHandOff() {
        crm.probeRows.addAll(restrictedRows());
        CapabilityProbe relay = () -> List.of(
                new ProbeRow(Capability.SMTP_CONNECT, Status.OK, "127.0.0.1:2525", "the relay answers", ""),
                new ProbeRow(Capability.SMTP_TLS, Status.OK, "starttls", "", ""),
                new ProbeRow(Capability.SMTP_LOGIN, Status.OK, "relay-user", "", ""));

        CliRun run = CliRun.in(
                dir,
                Map.of(),
                Modules.combine(crm.module(), b -> b.bind(ProbeModule.RELAY).toInstance(relay)),
                "probe");

        assertThat(run.exitCode).isEqualTo(ExitCode.OK);
        assertThat(run.out).contains("Recommended: SO_SEND_STRATEGY=smtp-relay,activity-handoff");
    }

    @Test
    void probe_nothingWorks_exits6() {
        crm.probeRows.add(new ProbeRow(
                Capability.TOKEN, Status.FAILED, "400 access_denied", "the refresh token is refused", "get a new one"));

        CliRun run = CliRun.in(dir, Map.of(), crm.module(), "probe");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.NOT_SENT);
        assertThat(run.out).contains("Recommended: none", "no sending path works");
    }

    @Test
    void probe_relayUnreachable_saysSoInItsRows() {
        crm.probeRows.addAll(restrictedRows());
        Map<String, String> env =
                Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", "1", "SMTP_SECURITY", "none", "SMTP_FROM", "a@b.example");

        CliRun run = CliRun.in(dir, env, crm.module(), "probe");

        assertThat(run.out)
                .containsPattern("SMTP relay: connect +FAILED +")
                .contains("cannot reach the relay at 127.0.0.1:1")
                .contains("Recommended: SO_SEND_STRATEGY=activity-handoff");
    }

    @Test
    void probe_relayHalfConfigured_isAFailedRowNotAnAbort() {
        crm.probeRows.addAll(restrictedRows());

        CliRun run = CliRun.in(dir, Map.of("SMTP_HOST", "relay.example"), crm.module(), "probe");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out)
                .containsPattern("SMTP relay: connect +FAILED +SMTP_\\* settings\n +SMTP_FROM is not set")
                .contains("Recommended: SO_SEND_STRATEGY=activity-handoff");
    }

    /** The first team's findings, as the adapter reports them. */
    private static List<ProbeRow> restrictedRows() {
        return List.of(
                new ProbeRow(Capability.TOKEN, Status.OK, "200", "the refresh token works", ""),
                new ProbeRow(Capability.DISCOVERY, Status.OK, "webapi_url", "", ""),
                new ProbeRow(Capability.CURRENT_USER, Status.OK, "system user", "no associate", ""),
                new ProbeRow(Capability.READ_SALES, Status.OK, "200", "", ""),
                new ProbeRow(Capability.CREATE_DOCUMENT, Status.OK, "Document table right", "", ""),
                new ProbeRow(Capability.CREATE_APPOINTMENT, Status.OK, "Appointment table right", "", ""),
                new ProbeRow(Capability.EMAIL_AGENT, Status.FAILED, "HTTP 401", "not granted", "request the agent"),
                new ProbeRow(Capability.CRMSCRIPT_AGENT, Status.FAILED, "HTTP 403", "not granted", "request it"));
    }
}
