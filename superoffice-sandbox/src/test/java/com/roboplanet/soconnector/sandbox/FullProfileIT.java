package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FullProfileIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void emailAgentSend_inFullProfile_relaysToSmtp() throws Exception {
        SandboxOptions options = SandboxOptions.builder()
                .profile(Profile.FULL)
                .smtp("127.0.0.1", greenMail.getSmtp().getPort())
                .build();
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(options)) {
            SandboxClient client = new SandboxClient(sandbox).login();
            var response = client.postJson(
                    "v1/Agents/EMail/Send",
                    "{\"Emails\":[{\"From\":{\"Address\":\"anna.meyer@roboplanet.example\"},"
                            + "\"To\":[{\"Address\":\"kunde@hotel.example\"}],\"Subject\":\"Grüße\",\"PlainBody\":\"Hallo\"}]}");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(SandboxClient.JSON
                            .readTree(response.body())
                            .get(0)
                            .get("IsSent")
                            .asBoolean())
                    .isTrue();
            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Grüße");
            assertThat(sandbox.sentMails())
                    .singleElement()
                    .satisfies(m -> assertThat(m.relayed()).isTrue());
            assertThat(SandboxClient.JSON
                            .readTree(client.get("v1/User/currentPrincipal").body())
                            .get("AssociateId")
                            .asInt())
                    .isEqualTo(1);
            assertThat(client.postJson("v1/Agents/CRMScript/ExecuteScript", "{\"CRMScriptId\":1}")
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
