package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ForeignAnswerTest {
    private static final URI SALES = URI.create("https://sod2.superoffice.com/Cust12345/api/v1/Sale?$top=5");
    private static final HttpTransport.Request REQUEST =
            new HttpTransport.Request("GET", SALES, "GET v1/Sale?$top=5", Map.of(), null, null, true);
    private static final ProxyEndpoint PROXY = ProxyEndpoint.of("proxy.corp", 3128, "jane", "s3cret", "HTTPS_PROXY");

    private static HttpTransport.Raw raw(int status, String type, String body, String location, ProxyEndpoint proxy) {
        return new HttpTransport.Raw(status, body.getBytes(StandardCharsets.UTF_8), null, null, type, location, proxy);
    }

    static Stream<Arguments> redirects() {
        return IntStream.of(300, 301, 302, 303, 304, 307, 308)
                .boxed()
                .flatMap(status -> Stream.of(
                        Arguments.of(status, "https://sso.corp.example/login/?ReturnUrl=%2Fapi&token=abc", true),
                        Arguments.of(status, "/adfs/ls/?wa=wsignin1.0", true),
                        Arguments.of(status, "https://online.superoffice.com/Cust12345/api/v1/Sale", false)));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("redirects")
    void of_whenRedirect_isAFaultNamingTheTargetWithoutItsQuery(int status, String location, boolean login) {
        for (ProxyEndpoint proxy : new ProxyEndpoint[] {PROXY, null}) {
            SuperOfficeApiException e = ForeignAnswer.of(REQUEST, raw(status, "text/html", "", location, proxy))
                    .orElseThrow();
            assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage())
                    .contains((login ? "a login page (" : "a redirect (") + status + " to ")
                    .doesNotContain("token=abc")
                    .doesNotContain("ReturnUrl")
                    .doesNotContain("s3cret")
                    .doesNotContain("jane")
                    .doesNotContain("refused");
            if (proxy != null) {
                assertThat(e.getMessage()).startsWith("the proxy http://proxy.corp:3128 (from HTTPS_PROXY) answered");
            }
        }
    }

    @Test
    void target_resolvesRelativeLocationsAndDropsUserInfoQueryAndFragment() {
        assertThat(ForeignAnswer.target(SALES, "/login/?a=b#c")).isEqualTo("https://sod2.superoffice.com/login/");
        assertThat(ForeignAnswer.target(SALES, "https://u:pw@sso.example:8443/auth?x=1"))
                .isEqualTo("https://sso.example:8443/auth");
        assertThat(ForeignAnswer.target(SALES, null)).isEmpty();
        assertThat(ForeignAnswer.target(SALES, "http://[bad")).isEqualTo("an unreadable address");
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("text/html; charset=utf-8", "<p>hi</p>", true),
                Arguments.of("TEXT/HTML", "", true),
                Arguments.of("application/xhtml+xml", "<html/>", true),
                Arguments.of(null, "<!DOCTYPE html><html><title>x</title></html>", true),
                Arguments.of("application/json", "\uFEFF  \n<!doctype HTML>", true),
                Arguments.of("text/plain", "<html>", true),
                Arguments.of("application/json; charset=utf-8", "{\"value\":[]}", false),
                Arguments.of("application/json", "[]", false),
                Arguments.of(null, "", false),
                Arguments.of("text/plain", "Service Unavailable", false),
                Arguments.of("application/xml", "<?xml version=\"1.0\"?><a/>", false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pages")
    void of_whenHtmlPage_isAFaultAtAnyStatus(String type, String body, boolean html) {
        for (int status : List.of(200, 203, 400, 403, 404, 500)) {
            assertThat(ForeignAnswer.of(REQUEST, raw(status, type, body, null, null))
                            .isPresent())
                    .as("%d %s", status, type)
                    .isEqualTo(html);
        }
    }

    @Test
    void of_whenHtmlPageHasATitle_namesIt() {
        String page = "<html><head><TITLE>\n  Sign in to\n Contoso </TITLE></head><body>...</body></html>";
        SuperOfficeApiException e = ForeignAnswer.of(REQUEST, raw(200, "text/html", page, null, PROXY))
                .orElseThrow();
        assertThat(e.getMessage())
                .startsWith("the proxy http://proxy.corp:3128 (from HTTPS_PROXY) answered a login page (200,"
                        + " \"Sign in to Contoso\") to GET v1/Sale?$top=5");
        SuperOfficeApiException blocked = ForeignAnswer.of(
                        REQUEST, raw(403, "text/html", "<title>Access Denied</title>", null, null))
                .orElseThrow();
        assertThat(blocked.getMessage())
                .startsWith("GET v1/Sale?$top=5 was answered with an HTML page (403, \"Access Denied\")");
    }

    @Test
    void proxyLogin_saysWhatToSetAndNeverShowsTheCredentials() {
        SuperOfficeApiException none = ForeignAnswer.proxyLogin(REQUEST, raw(407, null, "", null, null));
        assertThat(none.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(none.getMessage()).contains("HTTPS_PROXY or SO_PROXY");
        ProxyEndpoint anonymous = ProxyEndpoint.of("proxy.corp", 3128, null, null, "SO_PROXY");
        assertThat(ForeignAnswer.proxyLogin(REQUEST, raw(407, null, "", null, anonymous))
                        .getMessage())
                .contains("asks for a login (407)")
                .contains("put the user and password into SO_PROXY");
        assertThat(ForeignAnswer.proxyLogin(REQUEST, raw(407, null, "", null, PROXY))
                        .getMessage())
                .contains("refused the user and password given in HTTPS_PROXY")
                .doesNotContain("s3cret")
                .doesNotContain("jane");
    }
}
