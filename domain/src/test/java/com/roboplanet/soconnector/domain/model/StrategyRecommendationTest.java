package com.roboplanet.soconnector.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.ProbeRow.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyRecommendationTest {

    @Test
    void recommend_everythingOk_givesAllThreeInOrder() {
        StrategyRecommendation r = StrategyRecommendation.from(rows(Map.of()));

        assertThat(r.configValue()).isEqualTo("email-agent,smtp-relay,activity-handoff");
        assertThat(r.why())
                .isEqualTo("The EMail agent is granted; the SMTP relay accepts us and sent mails can be archived;"
                        + " tasks can be created for the hand-off.");
        assertThat(r.anyPathWorks()).isTrue();
    }

    @Test
    void recommend_restrictedTenantWithoutRelay_givesTheHandOff() {
        StrategyRecommendation r = StrategyRecommendation.from(rows(Map.of(
                Capability.EMAIL_AGENT, Status.FAILED,
                Capability.CRMSCRIPT_AGENT, Status.FAILED,
                Capability.SMTP_CONNECT, Status.SKIPPED,
                Capability.SMTP_TLS, Status.SKIPPED,
                Capability.SMTP_LOGIN, Status.SKIPPED)));

        assertThat(r.configValue()).isEqualTo("activity-handoff");
    }

    @Test
    void recommend_relayWithoutDocumentRights_stillRecommendsItButSaysArchivingFails() {
        StrategyRecommendation r = StrategyRecommendation.from(
                rows(Map.of(Capability.EMAIL_AGENT, Status.FAILED, Capability.CREATE_DOCUMENT, Status.FAILED)));

        assertThat(r.configValue()).isEqualTo("smtp-relay,activity-handoff");
        assertThat(r.why()).contains("sent mails cannot be archived until documents may be created");
    }

    @Test
    void recommend_relayLoginFailedOrTlsFailed_leavesTheRelayOut() {
        assertThat(StrategyRecommendation.from(rows(Map.of(Capability.SMTP_LOGIN, Status.FAILED)))
                        .configValue())
                .isEqualTo("email-agent,activity-handoff");
        assertThat(StrategyRecommendation.from(rows(Map.of(Capability.SMTP_TLS, Status.FAILED)))
                        .configValue())
                .isEqualTo("email-agent,activity-handoff");
    }

    @Test
    void recommend_relayRefusesMailFromOrRcptTo_leavesTheRelayOut() {
        StrategyRecommendation r =
                StrategyRecommendation.from(rows(Map.of(Capability.SMTP_ACCEPTS_MAIL, Status.FAILED)));

        assertThat(r.configValue()).isEqualTo("email-agent,activity-handoff");
    }

    @Test
    void recommend_relayWithoutLoginOrTls_isFineWhenConnectWorked() {
        StrategyRecommendation r = StrategyRecommendation.from(
                rows(Map.of(Capability.SMTP_TLS, Status.SKIPPED, Capability.SMTP_LOGIN, Status.SKIPPED)));

        assertThat(r.strategies()).hasSize(3);
    }

    @Test
    void recommend_nothingWorks_isEmptyAndSaysSo() {
        Map<Capability, Status> failed = new EnumMap<>(Capability.class);
        for (Capability c : Capability.values()) {
            failed.put(c, Status.FAILED);
        }

        StrategyRecommendation r = StrategyRecommendation.from(rows(failed));

        assertThat(r.anyPathWorks()).isFalse();
        assertThat(r.configValue()).isEmpty();
        assertThat(r.why()).startsWith("no sending path works: SuperOffice refused the login");
    }

    @Test
    void recommend_everythingButTheCrmWorks_isEmpty() {
        for (Capability crm : List.of(Capability.TOKEN, Capability.DISCOVERY)) {
            for (Status notOk : List.of(Status.FAILED, Status.SKIPPED)) {
                StrategyRecommendation r = StrategyRecommendation.from(rows(Map.of(crm, notOk)));

                assertThat(r.anyPathWorks()).as(crm + " " + notOk).isFalse();
                assertThat(r.why()).contains("every strategy needs it to look up the rep and the person");
            }
        }
    }

    @Test
    void recommend_crmWorksButNothingElse_saysToSeeTheFailedRows() {
        Map<Capability, Status> failed = new EnumMap<>(Capability.class);
        for (Capability c : Capability.values()) {
            failed.put(c, Status.FAILED);
        }
        failed.put(Capability.TOKEN, Status.OK);
        failed.put(Capability.DISCOVERY, Status.OK);

        StrategyRecommendation r = StrategyRecommendation.from(rows(failed));

        assertThat(r.anyPathWorks()).isFalse();
        assertThat(r.why()).isEqualTo("no sending path works: see the FAILED rows and their fixes");
    }

    /** Every capability OK except the ones given. */
    private static List<ProbeRow> rows(Map<Capability, Status> except) {
        List<ProbeRow> rows = new ArrayList<>();
        for (Capability c : Capability.values()) {
            rows.add(new ProbeRow(c, except.getOrDefault(c, Status.OK), "", "", ""));
        }
        return rows;
    }
}
