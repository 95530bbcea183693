package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Holds let a test stop a client exactly at a request: before the sandbox acts, or after it acted and before the
 * answer goes out. Released, the request goes on; dropped (before acting), nothing happens and the connection closes.
 */
class RouteHoldIT {
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final String TASK = "{\"Contact\":{\"ContactId\":1},\"Person\":{\"PersonId\":1},"
            + "\"Associate\":{\"AssociateId\":1},\"Task\":{\"TaskListItemId\":2},\"Type\":\"inChecklist\","
            + "\"Description\":\"Please send this e-mail (key k-77)\"}";

    @Test
    void holdBefore_released_theRequestIsAnsweredAndActedOnOnlyAfterTheRelease() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            RouteHold hold = sandbox.holdBefore("POST Appointment");

            CompletableFuture<HttpResponse<String>> answer = postAsync(client);

            assertThat(hold.awaitArrival(GENEROUS)).isTrue();
            assertThat(sandbox.appointments()).isEmpty();
            assertThat(answer).isNotDone();
            hold.release();
            assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(sandbox.appointments()).hasSize(1);
        }
    }

    @Test
    void holdBefore_dropped_nothingIsCreatedAndTheConnectionCloses() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            RouteHold hold = sandbox.holdBefore("POST Appointment");

            CompletableFuture<HttpResponse<String>> answer = postAsync(client);
            assertThat(hold.awaitArrival(GENEROUS)).isTrue();
            hold.drop();

            assertThatThrownBy(() -> answer.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            assertThat(sandbox.appointments()).isEmpty();
        }
    }

    @Test
    void holdAfter_theSandboxActedBeforeTheAnswerGoesOut() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            RouteHold hold = sandbox.holdAfter("POST Appointment");

            CompletableFuture<HttpResponse<String>> answer = postAsync(client);

            assertThat(hold.awaitArrival(GENEROUS)).isTrue();
            assertThat(sandbox.appointments()).hasSize(1);
            assertThat(answer).isNotDone();
            hold.release();
            assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(client.postJson("v1/Appointment", TASK).statusCode())
                    .as("a hold holds once")
                    .isEqualTo(200);
        }
    }

    @Test
    void hold_unknownRoute_isRefused() {
        try (SuperOfficeSandbox sandbox = start()) {
            assertThatThrownBy(() -> sandbox.holdBefore("POST Nothing")).hasMessageContaining("no route POST Nothing");
            assertThatThrownBy(() -> sandbox.holdAfter("POST Appointment").drop())
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void appointmentArchive_findsTheTaskByTheKeyInItsText() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            client.postJson("v1/Appointment", TASK);
            client.postJson("v1/Appointment", TASK.replace("k-77", "k-78"));

            HttpResponse<String> found = client.get("v1/Appointment?$select=appointmentId,text&$filter="
                    + SandboxClient.q(
                            "associateId associateIsOneOf (1) and personId equals 1 and text contains 'k-78'"));
            HttpResponse<String> none = client.get("v1/Appointment?$select=appointmentId&$filter="
                    + SandboxClient.q("associateId associateIsOneOf (2) and text contains 'k-78'"));

            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body())
                    .contains("\"PrimaryKey\":\"5002\"", "key k-78")
                    .doesNotContain("k-77");
            assertThat(none.body()).contains("\"value\":[]");
        }
    }

    @Test
    void emailAgent_fullProfile_archivesTheMailWithItsMessageId() throws Exception {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(50).profile(Profile.FULL).build())) {
            SandboxClient client = new SandboxClient(sandbox).login();

            HttpResponse<String> sent = client.postJson(
                    "v1/Agents/EMail/Send",
                    "{\"Emails\":[{\"From\":{\"Address\":\"anna@x.example\",\"AssociateId\":1},"
                            + "\"To\":[{\"Address\":\"kunde@y.example\",\"PersonId\":1,\"ContactId\":1}],"
                            + "\"Subject\":\"Angebot\",\"PlainBody\":\"Hallo\",\"MessageID\":\"<k-9@x.example>\"}]}");

            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sandbox.documents()).singleElement().satisfies(doc -> {
                assertThat(doc.personId()).isEqualTo(1);
                assertThat(doc.templateId()).isEqualTo(3);
                assertThat(new String(doc.content(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("Message-ID: <k-9@x.example>");
                assertThat(sent.body()).contains("\"DocumentId\":" + doc.documentId());
            });
            assertThat(sandbox.sentMails())
                    .singleElement()
                    .satisfies(m -> assertThat(m.messageId()).isEqualTo("<k-9@x.example>"));
        }
    }

    private static SuperOfficeSandbox start() {
        return SuperOfficeSandbox.start(SandboxOptions.builder().salesCount(50).build());
    }

    private static CompletableFuture<HttpResponse<String>> postAsync(SandboxClient client) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return client.postJson("v1/Appointment", TASK);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
