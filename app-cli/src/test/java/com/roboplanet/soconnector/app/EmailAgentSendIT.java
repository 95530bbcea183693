package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The default chain on a tenant that grants the EMail agent: SuperOffice sends, nothing falls through. */
class EmailAgentSendIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void send_fullProfile_theEmailAgentSendsAndNoOtherStrategyIsTried() throws Exception {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .profile(Profile.FULL)
                .smtp("127.0.0.1", greenMail.getSmtp().getPort())
                .build())) {
            SendItSupport.body(dir, "Hallo,\nanbei das Angebot.\nAnna");
            Map<String, String> env = SandboxEnv.of(sandbox);

            CliRun run = CliRun.in(
                    dir,
                    env,
                    Modules.EMPTY_MODULE,
                    "send",
                    "--rep",
                    SendItSupport.REP,
                    "--to",
                    SendItSupport.PERSON,
                    "--subject",
                    "Angebot",
                    "--body-file",
                    "body.txt",
                    "--journal",
                    "outbox");

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.out)
                    .contains("Status:     SENT_AND_ARCHIVED", "Strategy:   email-agent")
                    .doesNotContain("Tried:");
            assertThat(sandbox.sentMails()).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).isEqualTo("Angebot");
                assertThat(mail.from()).contains("anna.meyer@roboplanet.example");
            });
            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(sandbox.appointments()).isEmpty();
        }
    }
}
