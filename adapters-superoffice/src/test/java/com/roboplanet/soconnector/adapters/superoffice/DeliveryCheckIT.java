package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck.Finding;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The lookups that settle an interrupted send without asking a person: the hand-off task by the key in its text, the
 * EMail agent's archived mail by its Message-ID, against the sandbox (whose requests the contract extension checks).
 */
class DeliveryCheckIT {
    private static final TenantId TENANT = new TenantId("sandbox", "Cust10042");
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void handoff_whenTheTaskWasCreated_isFoundByTheKeyInItsText() {
        try (SuperOfficeSandbox sandbox = start(Profile.RESTRICTED);
                SuperOfficeConnection c = connect(sandbox)) {
            OutboundEmail email = mail(c, "Angebot");
            SendStrategy handoff = c.activityHandoff(SuperOfficeMailSettings.fromTenantLists());
            JournalEntry interrupted = interrupted(email, "key-with-task", "activity-handoff");
            SendOutcome.HandedOff created =
                    (SendOutcome.HandedOff) handoff.send(handoff.prepare(email, interrupted.key()));
            handoff.send(handoff.prepare(email, new IdempotencyKey("another-mail")));

            Finding finding = c.deliveryCheck().check(interrupted);

            assertThat(finding).isInstanceOfSatisfying(Finding.Delivered.class, d -> {
                assertThat(d.taskId()).isEqualTo(created.taskId());
                assertThat(d.evidence()).contains("carries key key-with-task");
            });
        }
    }

    @Test
    void handoff_whenNoTaskCarriesTheKey_isNotDelivered() {
        try (SuperOfficeSandbox sandbox = start(Profile.RESTRICTED);
                SuperOfficeConnection c = connect(sandbox)) {
            OutboundEmail email = mail(c, "Angebot");
            SendStrategy handoff = c.activityHandoff(SuperOfficeMailSettings.fromTenantLists());
            handoff.send(handoff.prepare(email, new IdempotencyKey("another-mail")));

            Finding finding = c.deliveryCheck().check(interrupted(email, "key-without-task", "activity-handoff"));

            assertThat(finding)
                    .isInstanceOfSatisfying(
                            Finding.NotDelivered.class,
                            n -> assertThat(n.evidence()).contains("carries key key-without-task"));
        }
    }

    @Test
    void handoff_whenSuperOfficeRefusesTheLogin_cannotTellAndSaysWhy() {
        try (SuperOfficeSandbox sandbox = start(Profile.RESTRICTED);
                SuperOfficeConnection c = connect(sandbox)) {
            OutboundEmail email = mail(c, "Angebot");
            sandbox.revokeRefreshToken();
            sandbox.expireAccessTokens();

            Finding finding = c.deliveryCheck().check(interrupted(email, "k-down", "activity-handoff"));

            assertThat(finding)
                    .isInstanceOfSatisfying(
                            Finding.CannotTell.class,
                            n -> assertThat(n.why()).startsWith("SuperOffice could not be asked"));
        }
    }

    @Test
    void emailAgent_whenTheAgentArchivedTheMail_isFoundByItsMessageId() {
        try (SuperOfficeSandbox sandbox = start(Profile.FULL);
                SuperOfficeConnection c = connect(sandbox)) {
            OutboundEmail email = mail(c, "Ihr Angebot 'Omnie'");
            SendStrategy agent = c.emailAgent();
            JournalEntry interrupted = interrupted(email, "agent-key", "email-agent");
            agent.send(agent.prepare(email, new IdempotencyKey("other-agent-mail")));
            agent.send(agent.prepare(email, interrupted.key()));

            Finding finding = c.deliveryCheck().check(interrupted);

            assertThat(finding).isInstanceOfSatisfying(Finding.Delivered.class, d -> {
                assertThat(d.documentId())
                        .isEqualTo((long) sandbox.sentMails().get(1).documentId());
                assertThat(d.evidence()).contains(interrupted.messageId());
            });
        }
    }

    @Test
    void emailAgent_whenNothingWasArchived_cannotTell() {
        try (SuperOfficeSandbox sandbox = start(Profile.FULL);
                SuperOfficeConnection c = connect(sandbox)) {
            OutboundEmail email = mail(c, "Angebot");

            Finding finding = c.deliveryCheck().check(interrupted(email, "never-sent", "email-agent"));

            assertThat(finding).isInstanceOf(Finding.CannotTell.class);
        }
    }

    @Test
    void relay_isNeverSomethingSuperOfficeCanTell() {
        try (SuperOfficeSandbox sandbox = start(Profile.RESTRICTED);
                SuperOfficeConnection c = connect(sandbox)) {
            Finding finding = c.deliveryCheck().check(interrupted(mail(c, "Angebot"), "relay-key", "smtp-relay"));

            assertThat(finding).isInstanceOf(Finding.CannotTell.class);
            assertThat(sandbox.requestLog().entries()).noneMatch(r -> r.path().endsWith("/v1/Appointment"));
        }
    }

    private static JournalEntry interrupted(OutboundEmail email, String key, String strategy) {
        IdempotencyKey k = new IdempotencyKey(key);
        String messageId = strategy.equals("activity-handoff") ? null : EmailAgentSendStrategy.messageId(email, k);
        return JournalEntry.prepared(k, TENANT, email, AT)
                .sending(strategy, new PreparedMail(email, k, messageId, null), AT);
    }

    private static SuperOfficeSandbox start(Profile profile) {
        return SandboxFixture.start(
                SandboxOptions.builder().port(0).salesCount(50).profile(profile).build());
    }

    private static SuperOfficeConnection connect(SuperOfficeSandbox sandbox) {
        return SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, 500), Clock.systemUTC(), new RecordingSleeper());
    }

    private static OutboundEmail mail(SuperOfficeConnection c, String subject) {
        Rep rep = c.directory().rep("2");
        Addressee to = c.directory().addressee("3");
        return new OutboundEmail(rep, to.recipient(), to.contactId(), null, subject, "Hallo", null);
    }
}
