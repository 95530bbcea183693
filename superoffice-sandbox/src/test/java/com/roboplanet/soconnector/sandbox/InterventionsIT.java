package com.roboplanet.soconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The switches tests flip while the sandbox runs: what a gateway in front answers, and tenant quirks. */
class InterventionsIT {
    private static SuperOfficeSandbox start() {
        return SuperOfficeSandbox.start(SandboxOptions.builder().salesCount(50).build());
    }

    @Test
    void redirectToLoginPageAfter_answersNormallyThenRedirectsEveryRequest() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            sandbox.redirectToLoginPageAfter(2);
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 4; i++) {
                last = client.get("v1/List/Task/Items");
                statuses.add(last.statusCode());
            }
            assertThat(statuses).containsExactly(200, 200, 302, 302);
            assertThat(last.headers().firstValue("Location").orElseThrow())
                    .startsWith(sandbox.loginUrl() + "/login/sso/?ReturnUrl=");
            assertThat(last.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(last.body()).contains("<title>Sign in");
        }
    }

    @Test
    void answerHtmlPageAfter_answers200WithHtml() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            sandbox.answerHtmlPageAfter(0);
            HttpResponse<String> page = client.get("v1/Sale?$select=saleId&$top=1");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void rateLimitWithRetryAfterDate_asksForADateThatFarAfterTheAnswersDate() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            sandbox.rateLimitWithRetryAfterDate(2, Duration.ofSeconds(3));
            assertThat(client.get("v1/List/Task/Items").statusCode()).isEqualTo(200);
            HttpResponse<String> throttled = client.get("v1/List/Task/Items");
            assertThat(throttled.statusCode()).isEqualTo(429);
            Instant date = instant(throttled.headers().firstValue("Date").orElseThrow());
            Instant retryAt =
                    instant(throttled.headers().firstValue("Retry-After").orElseThrow());
            assertThat(Duration.between(date, retryAt)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
            assertThat(throttled.body()).contains("\"ErrorType\":\"TooManyRequests\"");
        }
    }

    @Test
    void answerQuoteAgentWith_answersThatStatusWithTheErrorBody() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            sandbox.answerQuoteAgentWith(403);
            HttpResponse<String> refused = client.postJson("v1/Agents/Quote/GetQuoteFromSaleId", "{\"SaleId\":341001}");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("\"Error\":true").contains("SoSecurityException");
            sandbox.answerQuoteAgentWith(0);
            assertThat(client.postJson("v1/Agents/Quote/GetQuoteFromSaleId", "{\"SaleId\":341001}")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void refuseRoute_answersThatStatusOnThatRouteOnly() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            sandbox.refuseRoute("GET Product", 403);
            HttpResponse<String> refused = client.get("v1/Product?$select=productId&$top=1");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("\"Error\":true").contains("SoSecurityException");
            assertThat(client.get("v1/List/ProductFamily/Items").statusCode()).isEqualTo(200);
            sandbox.refuseRoute("GET Product", 401);
            assertThat(client.get("v1/Product?$select=productId&$top=1").statusCode())
                    .isEqualTo(401);
            sandbox.refuseRoute("GET Product", 0);
            assertThat(client.get("v1/Product?$select=productId&$top=1").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void multiLanguageListValues_answersFamilyNamesInAllLanguagesWhateverIsAsked() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            SandboxClient client = new SandboxClient(sandbox).login();
            assertThat(client.get("v1/List/ProductFamily/Items", "Accept-Language", "de")
                            .body())
                    .contains("\"Serviceroboter\"");
            sandbox.multiLanguageListValues();
            assertThat(client.get("v1/List/ProductFamily/Items", "Accept-Language", "de")
                            .body())
                    .contains("US:\\\"Service robots\\\";GE:\\\"Serviceroboter\\\"");
            assertThat(client.get("v1/Product?$select=productId,productFamilyKey&$top=1", "Accept-Language", "en")
                            .body())
                    .contains("US:\\\"");
            assertThat(client.get("v1/Sale?$select=saleId,saleStatus&$top=1", "Accept-Language", "en")
                            .body())
                    .doesNotContain("SR_SALE");
        }
    }

    @Test
    void advertiseAs_handsOutTheGivenNameWhileListeningOnLoopback() throws Exception {
        try (SuperOfficeSandbox sandbox = start()) {
            sandbox.advertiseAs(URI.create("https://sandbox.invalid:8443/"));
            assertThat(sandbox.loginUrl()).isEqualTo("https://sandbox.invalid:8443");
            assertThat(sandbox.apiBaseUrl()).startsWith("https://sandbox.invalid:8443/Cust");
            assertThat(sandbox.envLines()).contains("SO_LOGIN_URL=https://sandbox.invalid:8443");
            assertThat(sandbox.port()).isPositive();
        }
    }

    private static Instant instant(String httpDate) {
        return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
    }
}
