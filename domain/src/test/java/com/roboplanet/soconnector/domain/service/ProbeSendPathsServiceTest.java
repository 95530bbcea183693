package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Capability;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.in.ProbeSendPathsCommand;
import com.roboplanet.soconnector.domain.port.in.SendPathReport;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProbeSendPathsServiceTest {
    private static final CapabilityProbe RESTRICTED_CRM = () -> List.of(
            row(Capability.TOKEN, Status.OK),
            row(Capability.DISCOVERY, Status.OK),
            row(Capability.CREATE_DOCUMENT, Status.OK),
            row(Capability.CREATE_APPOINTMENT, Status.OK),
            row(Capability.EMAIL_AGENT, Status.FAILED));
    private static final CapabilityProbe NO_RELAY = () -> List.of(
            row(Capability.SMTP_CONNECT, Status.SKIPPED),
            row(Capability.SMTP_TLS, Status.SKIPPED),
            row(Capability.SMTP_LOGIN, Status.SKIPPED));
    private static final CapabilityProbe WORKING_RELAY = () -> List.of(
            row(Capability.SMTP_CONNECT, Status.OK),
            row(Capability.SMTP_TLS, Status.OK),
            row(Capability.SMTP_LOGIN, Status.SKIPPED));

    @Test
    void probe_crmThenRelay_keepsEveryRowInProbeOrder() {
        SendPathReport report =
                new ProbeSendPathsService(() -> List.of(RESTRICTED_CRM, NO_RELAY)).probe(new ProbeSendPathsCommand());

        assertThat(report.rows())
                .extracting(ProbeRow::capability)
                .containsExactly(
                        Capability.TOKEN,
                        Capability.DISCOVERY,
                        Capability.CREATE_DOCUMENT,
                        Capability.CREATE_APPOINTMENT,
                        Capability.EMAIL_AGENT,
                        Capability.SMTP_CONNECT,
                        Capability.SMTP_TLS,
                        Capability.SMTP_LOGIN);
    }

    @Test
    void probe_restrictedTenantWithoutRelay_recommendsTheHandOffOnly() {
        SendPathReport report =
                new ProbeSendPathsService(() -> List.of(RESTRICTED_CRM, NO_RELAY)).probe(new ProbeSendPathsCommand());

        assertThat(report.recommendation().strategies()).containsExactly(SendStrategyName.ACTIVITY_HANDOFF);
        assertThat(report.recommendation().anyPathWorks()).isTrue();
    }

    @Test
    void probe_relayAnswersOnTheSameTenant_putsTheRelayBeforeTheHandOff() {
        SendPathReport report = new ProbeSendPathsService(() -> List.of(RESTRICTED_CRM, WORKING_RELAY))
                .probe(new ProbeSendPathsCommand());

        assertThat(report.recommendation().configValue()).isEqualTo("smtp-relay,activity-handoff");
    }

    @Test
    void probe_beforeItRuns_asksForNoProbe() {
        AtomicInteger asked = new AtomicInteger();
        ProbeSendPathsService service = new ProbeSendPathsService(() -> {
            asked.incrementAndGet();
            return List.of(NO_RELAY);
        });

        assertThat(asked).hasValue(0);
        SendPathReport report = service.probe(new ProbeSendPathsCommand());

        assertThat(asked).hasValue(1);
        assertThat(report.recommendation().anyPathWorks()).isFalse();
    }

    @Test
    void probe_superOfficeRefusesTheCredentials_noPathWorksEvenWithAWorkingRelay() {
        CapabilityProbe refused = () -> List.of(
                row(Capability.TOKEN, Status.FAILED),
                row(Capability.DISCOVERY, Status.SKIPPED),
                row(Capability.CREATE_DOCUMENT, Status.SKIPPED),
                row(Capability.CREATE_APPOINTMENT, Status.SKIPPED));

        SendPathReport report =
                new ProbeSendPathsService(() -> List.of(refused, WORKING_RELAY)).probe(new ProbeSendPathsCommand());

        assertThat(report.recommendation().anyPathWorks()).isFalse();
        assertThat(report.recommendation().why())
                .startsWith("no sending path works: SuperOffice refused the login or could not be reached")
                .contains("every strategy needs it to look up the rep and the person");
    }

    private static ProbeRow row(Capability capability, Status status) {
        return new ProbeRow(capability, status, "", "", "");
    }
}
