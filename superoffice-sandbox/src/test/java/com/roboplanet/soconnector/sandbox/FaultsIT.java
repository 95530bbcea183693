package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FaultsIT {
    private static SuperOfficeSandbox start(Faults faults) {
        return SuperOfficeSandbox.start(SandboxOptions.builder().faults(faults).build());
    }

    private static List<Integer> statuses(SandboxClient client, int calls) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++)
            statuses.add(client.get("v1/List/Task/Items").statusCode());
        return statuses;
    }

    @Test
    void latency_isAppliedThroughTheSleeper() throws Exception {
        List<Duration> slept = new CopyOnWriteArrayList<>();
        SandboxOptions options = SandboxOptions.builder()
                .faults(Faults.builder().latency(Duration.ofMillis(250)).build())
                .sleeper(slept::add)
                .build();
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(options)) {
            statuses(new SandboxClient(sandbox).login(), 2);
            assertThat(slept).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
        }
    }

    @Test
    void tokenLifetime_expiresWithTheClock() throws Exception {
        MutableClock clock = new MutableClock();
        SandboxOptions options = SandboxOptions.builder()
                .clock(clock)
                .faults(Faults.builder().tokenLifetime(Duration.ofSeconds(30)).build())
                .build();
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(options)) {
            SandboxClient client = new SandboxClient(sandbox).login();
            assertThat(statuses(client, 1)).containsExactly(200);
            clock.advance(Duration.ofSeconds(30));
            assertThat(statuses(client, 1)).containsExactly(401);
            client.login();
            assertThat(statuses(client, 1)).containsExactly(200);
        }
    }

    @Test
    void tokenMaxUses_expiresAfterThatManyRequests() throws Exception {
        try (SuperOfficeSandbox sandbox = start(Faults.builder().tokenMaxUses(2).build())) {
            assertThat(statuses(new SandboxClient(sandbox).login(), 3)).containsExactly(200, 200, 401);
        }
    }

    @Test
    void rateLimitEveryNth_answers429WithRetryAfter() throws Exception {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().rateLimitEveryNth(3, 7).build())) {
            SandboxClient client = new SandboxClient(sandbox).login();
            assertThat(statuses(client, 2)).containsExactly(200, 200);
            var limited = client.get("v1/List/Task/Items");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        }
    }

    @Test
    void rateLimitFraction_isDeterministicForTheSeed() throws Exception {
        Faults faults = Faults.builder().rateLimitFraction(0.3, -1).build();
        List<Integer> first;
        List<Integer> second;
        try (SuperOfficeSandbox sandbox = start(faults)) {
            first = statuses(new SandboxClient(sandbox).login(), 30);
        }
        try (SuperOfficeSandbox sandbox = start(faults)) {
            second = statuses(new SandboxClient(sandbox).login(), 30);
        }
        assertThat(first).isEqualTo(second).contains(429, 200);
    }

    @Test
    void burst_failsNRequestsThenSucceeds() throws Exception {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().burst(503, 2, 2).build())) {
            assertThat(statuses(new SandboxClient(sandbox).login(), 4)).containsExactly(200, 503, 503, 200);
        }
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().burst(500, 1, 1).build())) {
            assertThat(statuses(new SandboxClient(sandbox).login(), 2)).containsExactly(500, 200);
        }
    }

    @Test
    void moveHostOnRefresh_oldBaseAnswers421_newIdTokenCarriesNewBase() throws Exception {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().moveHostOnRefresh(2).build())) {
            SandboxClient client = new SandboxClient(sandbox).login();
            String oldBase = client.apiBase;
            client.login();
            String newBase = client.apiBase;
            client.apiBase = oldBase;
            assertThat(statuses(client, 1)).containsExactly(421);
            client.apiBase = newBase;
            assertThat(newBase).isNotEqualTo(oldBase).isEqualTo(sandbox.apiBaseUrl());
            assertThat(statuses(client, 1)).containsExactly(200);
        }
    }

    @Test
    void malformedSalePage_answersTruncatedJson() throws Exception {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().malformedSalePage(2).build())) {
            SandboxClient client = new SandboxClient(sandbox).login();
            SandboxClient.JSON.readTree(client.get("v1/Sale?$top=5").body());
            String broken = client.get("v1/Sale?$top=5&$skip=5").body();
            assertThatThrownBy(() -> SandboxClient.JSON.readTree(broken)).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void dropConnection_closesWithoutAnswer() throws Exception {
        try (SuperOfficeSandbox sandbox =
                start(Faults.builder().dropConnectionOnRequest(1).build())) {
            SandboxClient client = new SandboxClient(sandbox).login();
            URI api = URI.create(client.apiBase);
            // A raw socket: java.net.http.HttpClient silently retries a GET once when the connection closes.
            try (Socket socket = new Socket(api.getHost(), api.getPort())) {
                socket.getOutputStream()
                        .write(("GET " + api.getPath() + "v1/List/Task/Items HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        + "Authorization: Bearer " + client.accessToken + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(statuses(client, 1)).containsExactly(200);
            assertThat(sandbox.requestLog().entries())
                    .anySatisfy(e -> assertThat(e.status()).isZero());
        }
    }

    @Test
    void hooks_expireRevokeMoveAndTenantState() throws Exception {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults())) {
            SandboxClient client = new SandboxClient(sandbox).login();
            sandbox.expireAccessTokens();
            assertThat(statuses(client, 1)).containsExactly(401);
            client.login();
            String oldBase = client.apiBase;
            sandbox.moveHost();
            assertThat(statuses(client, 1)).containsExactly(421);
            client.login();
            assertThat(client.apiBase).isNotEqualTo(oldBase);
            sandbox.setTenantState(TenantState.OFFLINE_MAINTENANCE);
            assertThat(statuses(client, 1)).containsExactly(503);
            sandbox.setTenantState(TenantState.RUNNING);
            sandbox.revokeRefreshToken();
            assertThat(client.refresh().statusCode()).isEqualTo(400);
        }
    }
}
