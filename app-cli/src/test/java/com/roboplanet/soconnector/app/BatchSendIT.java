package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.domain.port.out.Pause;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A batch through GreenMail and the sandbox: placeholders from the CRM, one bad row, and a re-run that sends nothing. */
class BatchSendIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void batch_relay_sendsEachGoodRowOnce_andTheRerunSendsNothing() throws Exception {
        Files.writeString(
                dir.resolve("recipients.csv"),
                "to;anlass\n1;Messe\n999999999;Messe\n3;Wartung\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("template.txt"),
                "Subject: Angebot für {{contact.name}} ({{anlass}})\n\nGuten Tag {{person.fullName}},\n\n"
                        + "anbei unser Angebot.\n\n{{rep.name}}\n",
                StandardCharsets.UTF_8);
        List<Duration> pauses = new ArrayList<>();
        Module noWaiting = b -> b.bind(Pause.class).toInstance(pauses::add);
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults())) {
            Map<String, String> env =
                    SendItSupport.env(sandbox, "smtp-relay", greenMail.getSmtp().getPort());
            String[] args = {
                "send",
                "--batch",
                "recipients.csv",
                "--template",
                "template.txt",
                "--rep",
                SendItSupport.REP,
                "--journal",
                "outbox"
            };

            CliRun first = CliRun.in(dir, env, noWaiting, args);
            CliRun again = CliRun.in(dir, env, noWaiting, args);

            assertThat(first.exitCode).as(first.toString()).isEqualTo(ExitCode.NOT_SENT);
            assertThat(first.err).contains("3 rows: 2 SENT_AND_ARCHIVED, 1 FAILED");
            assertThat(greenMail.getReceivedMessages()).hasSize(2);
            MimeMessage mail = greenMail.getReceivedMessages()[0];
            assertThat(mail.getSubject())
                    .startsWith("Angebot für ")
                    .endsWith(" (Messe)")
                    .doesNotContain("{{");
            assertThat((String) mail.getContent())
                    .startsWith("Guten Tag ")
                    .contains("Anna Meyer")
                    .doesNotContain("{{");
            assertThat(sandbox.documents()).hasSize(2);
            assertThat(pauses).hasSize(1);
            assertThat(again.err).contains("3 rows: 2 ALREADY_DONE, 1 FAILED");
            assertThat(greenMail.getReceivedMessages()).hasSize(2);
            assertThat(Files.readAllLines(dir.resolve("recipients.results.csv")))
                    .hasSize(4)
                    .element(2)
                    .asString()
                    .startsWith("2;999999999;FAILED;;;;;line 3: "); // the list's delimiter (issue 15)
        }
    }
}
