package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeIT {

    private static List<ProbeRow> probe(SuperOfficeSandbox sandbox, Runnable before) {
        try (SuperOfficeConnection c = SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, 500), Clock.systemUTC(), new RecordingSleeper())) {
            before.run();
            return c.probe(SuperOfficeMailSettings.fromTenantLists()).probe();
        }
    }

    @Test
    void probe_restrictedTenant_reproducesTheFirstTeamsFindings() {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                SandboxOptions.builder().port(0).salesCount(20).build())) {
            List<ProbeRow> rows = probe(sandbox, () -> {});
            assertThat(rows)
                    .extracting(ProbeRow::capability, ProbeRow::status)
                    .containsExactly(
                            tuple(Capability.PROXY, Status.OK),
                            tuple(Capability.TOKEN, Status.OK),
                            tuple(Capability.DISCOVERY, Status.OK),
                            tuple(Capability.CURRENT_USER, Status.OK),
                            tuple(Capability.READ_SALES, Status.OK),
                            tuple(Capability.CREATE_DOCUMENT, Status.OK),
                            tuple(Capability.CREATE_APPOINTMENT, Status.OK),
                            tuple(Capability.EMAIL_AGENT, Status.FAILED),
                            tuple(Capability.CRMSCRIPT_AGENT, Status.FAILED));
            assertThat(rows.get(0).evidence()).startsWith("direct (no proxy set) for the login host 127.0.0.1");
            assertThat(rows.get(3).meaning()).contains("system user");
            assertThat(rows.get(7).evidence()).startsWith("HTTP 401");
            assertThat(rows.get(7).fix()).contains("app is registered");
            assertThat(rows.get(8).evidence()).startsWith("HTTP 403");
            assertThat(sandbox.documents()).isEmpty();
            assertThat(sandbox.appointments()).isEmpty();
            assertThat(sandbox.sentMails()).isEmpty();
        }
    }

    @Test
    void probe_fullTenant_allOk() {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(SandboxOptions.builder()
                .port(0)
                .salesCount(20)
                .profile(Profile.FULL)
                .build())) {
            assertThat(probe(sandbox, () -> {})).extracting(ProbeRow::status).containsOnly(Status.OK);
        }
    }

    @Test
    void probe_revokedRefreshToken_failsTheTokenAndSkipsTheRest() {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                SandboxOptions.builder().port(0).salesCount(20).build())) {
            List<ProbeRow> rows = probe(sandbox, sandbox::revokeRefreshToken);
            assertThat(rows.get(0).capability()).isEqualTo(Capability.PROXY);
            assertThat(rows.get(1).status()).isEqualTo(Status.FAILED);
            assertThat(rows.get(1).fix()).contains("SO_REFRESH_TOKEN");
            assertThat(rows.subList(2, rows.size()))
                    .extracting(ProbeRow::status)
                    .containsOnly(Status.SKIPPED);
        }
    }
}
