package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Precedence and parsing of the proxy settings, over generated combinations of the three sources. */
class ProxySettingsTest {
    private static final String LOGIN = "online.superoffice.com";

    private static Optional<String> proxy(ProxySettings settings, String scheme, String host) {
        return settings.proxyFor(scheme, host).map(p -> p.host() + ":" + p.port());
    }

    private static ProxySettings of(String soProxy, Map<String, String> env, Map<String, String> props) {
        return ProxySettings.resolve(soProxy, env, props);
    }

    /**
     * Every combination of SO_PROXY (unset, a proxy, direct), a Java property for the scheme (unset, set) and an
     * environment variable for the scheme (unset, set): the most specific set source decides.
     */
    static Stream<Arguments> layers() {
        return Stream.of("http", "https")
                .flatMap(scheme -> Stream.of(null, "http://so.proxy:1111", "direct")
                        .flatMap(so -> Stream.of(false, true)
                                .flatMap(prop ->
                                        Stream.of(false, true).map(env -> Arguments.of(scheme, so, prop, env)))));
    }

    @ParameterizedTest(name = "{0}: SO_PROXY={1}, property={2}, environment={3}")
    @MethodSource("layers")
    void proxyFor_whenSeveralSourcesSet_theMostSpecificDecides(
            String scheme, String soProxy, boolean property, boolean environment) {
        Map<String, String> props = new HashMap<>();
        if (property) {
            props.put(scheme + ".proxyHost", "java.proxy");
            props.put(scheme + ".proxyPort", "2222");
        }
        Map<String, String> env = new HashMap<>();
        if (environment) {
            env.put(scheme + "_proxy", "http://env.proxy:3333");
        }
        Optional<String> expected = soProxy != null
                ? soProxy.equals("direct") ? Optional.empty() : Optional.of("so.proxy:1111")
                : property
                        ? Optional.of("java.proxy:2222")
                        : environment ? Optional.of("env.proxy:3333") : Optional.empty();
        assertThat(proxy(of(soProxy, env, props), scheme, LOGIN)).isEqualTo(expected);
    }

    @Test
    void proxyFor_javaProperties_applyPerSchemeAsTheJdkReadsThem() {
        ProxySettings httpsOnly = of(null, Map.of(), Map.of("https.proxyHost", "java.proxy"));
        assertThat(proxy(httpsOnly, "https", LOGIN)).contains("java.proxy:443");
        assertThat(proxy(httpsOnly, "http", "sandbox.invalid")).isEmpty();
        ProxySettings httpOnly = of(null, Map.of(), Map.of("http.proxyHost", "java.proxy"));
        assertThat(proxy(httpOnly, "http", "sandbox.invalid")).contains("java.proxy:80");
        assertThat(proxy(httpOnly, "https", LOGIN)).isEmpty();
    }

    @Test
    void proxyFor_javaProperties_excludeTheJdkDefaultsUnlessNonProxyHostsIsSet() {
        Map<String, String> props = Map.of("http.proxyHost", "java.proxy", "http.proxyPort", "8080");
        ProxySettings defaults = of(null, Map.of(), props);
        for (String host : List.of("localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "0.0.0.0")) {
            assertThat(proxy(defaults, "http", host)).as(host).isEmpty();
        }
        assertThat(proxy(defaults, "http", "sandbox.invalid")).contains("java.proxy:8080");

        Map<String, String> explicit = new HashMap<>(props);
        explicit.put("http.nonProxyHosts", "*.superoffice.com| intranet* |*corp*");
        ProxySettings listed = of(null, Map.of(), explicit);
        assertThat(proxy(listed, "http", "sod2.superoffice.com")).isEmpty();
        assertThat(proxy(listed, "http", "SOD2.SuperOffice.COM")).isEmpty();
        assertThat(proxy(listed, "http", "intranet.local")).isEmpty();
        assertThat(proxy(listed, "http", "my.corp.example")).isEmpty();
        assertThat(proxy(listed, "http", "superoffice.com.evil")).contains("java.proxy:8080");
        assertThat(proxy(listed, "http", "localhost")).contains("java.proxy:8080");

        Map<String, String> empty = new HashMap<>(props);
        empty.put("http.nonProxyHosts", "");
        assertThat(proxy(of(null, Map.of(), empty), "http", "localhost")).contains("java.proxy:8080");
    }

    @Test
    void proxyFor_environment_readsVariablesLikeCurl() {
        // Lower case wins over upper case.
        assertThat(proxy(
                        of(null, Map.of("https_proxy", "lower:1", "HTTPS_PROXY", "upper:2"), Map.of()), "https", LOGIN))
                .contains("lower:1");
        assertThat(proxy(of(null, Map.of("HTTPS_PROXY", "upper:2"), Map.of()), "https", LOGIN))
                .contains("upper:2");
        // An empty variable is an unset one.
        assertThat(proxy(of(null, Map.of("https_proxy", "", "HTTPS_PROXY", "upper:2"), Map.of()), "https", LOGIN))
                .contains("upper:2");
        // HTTPS_PROXY is for https:// targets only, HTTP_PROXY for http:// ones.
        assertThat(proxy(of(null, Map.of("HTTPS_PROXY", "p:1"), Map.of()), "http", "sandbox.invalid"))
                .isEmpty();
        assertThat(proxy(of(null, Map.of("HTTP_PROXY", "p:1"), Map.of()), "https", LOGIN))
                .isEmpty();
        assertThat(proxy(of(null, Map.of("HTTP_PROXY", "p:1"), Map.of()), "http", "sandbox.invalid"))
                .contains("p:1");
        // ALL_PROXY stands in when the scheme has none.
        assertThat(proxy(of(null, Map.of("ALL_PROXY", "all:9", "http_proxy", "h:1"), Map.of()), "https", LOGIN))
                .contains("all:9");
        assertThat(proxy(of(null, Map.of("all_proxy", "all:9", "http_proxy", "h:1"), Map.of()), "http", LOGIN))
                .contains("h:1");
    }

    @Test
    void proxyFor_whenRunAsCgiScript_ignoresUpperCaseHttpProxy() {
        Map<String, String> cgi = Map.of("REQUEST_METHOD", "GET", "HTTP_PROXY", "attacker:80");
        assertThat(proxy(of(null, cgi, Map.of()), "http", "sandbox.invalid")).isEmpty();
        Map<String, String> lower = Map.of("REQUEST_METHOD", "GET", "http_proxy", "mine:80");
        assertThat(proxy(of(null, lower, Map.of()), "http", "sandbox.invalid")).contains("mine:80");
    }

    @Test
    void proxyFor_noProxy_appliesToTheEnvironmentsProxiesOnly() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "env:1", "NO_PROXY", ".superoffice.com");
        assertThat(proxy(of(null, env, Map.of()), "https", "sod2.superoffice.com"))
                .isEmpty();
        assertThat(proxy(of(null, env, Map.of()), "https", "example.com")).contains("env:1");
        // SO_PROXY and the Java properties bring their own exclusions.
        assertThat(proxy(of("so:2", env, Map.of()), "https", "sod2.superoffice.com"))
                .contains("so:2");
        assertThat(proxy(of(null, env, Map.of("https.proxyHost", "java")), "https", "sod2.superoffice.com"))
                .contains("java:443");
        // no_proxy wins over NO_PROXY.
        Map<String, String> both = Map.of("HTTPS_PROXY", "env:1", "no_proxy", "example.com", "NO_PROXY", "*");
        assertThat(proxy(of(null, both, Map.of()), "https", LOGIN)).contains("env:1");
    }

    @Test
    void parse_whenNoPortOrScheme_usesHttpAndCurlsDefaultPort() {
        assertThat(proxy(of("proxy.corp", Map.of(), Map.of()), "https", LOGIN)).contains("proxy.corp:1080");
        assertThat(proxy(of("http://proxy.corp/", Map.of(), Map.of()), "https", LOGIN))
                .contains("proxy.corp:1080");
        assertThat(proxy(of("HTTP://[fd00::3]:3128", Map.of(), Map.of()), "https", LOGIN))
                .contains("fd00::3:3128");
    }

    @Test
    void parse_whenNotAnHttpProxy_refusesNamingTheVariable() {
        for (String scheme : List.of("socks5", "socks5h", "socks4", "https")) {
            assertThatThrownBy(() -> of(null, Map.of("HTTPS_PROXY", scheme + "://u:s3cret@p:1080"), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("HTTPS_PROXY names a " + scheme + ":// proxy")
                    .hasMessageNotContaining("s3cret");
        }
        assertThatThrownBy(() -> of("http://u:s3cret@p:1080/path", Map.of(), Map.of()))
                .hasMessageStartingWith("SO_PROXY must be a proxy address")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> of(null, Map.of("http_proxy", "http://u:s3c ret@p:1"), Map.of()))
                .hasMessageStartingWith("http_proxy is not a proxy URL")
                .hasMessageNotContaining("s3c");
        assertThatThrownBy(() -> of(null, Map.of(), Map.of("https.proxyHost", "p", "https.proxyPort", "x")))
                .hasMessageContaining("https.proxyPort");
    }

    /** Proxy URLs broken every way a hand breaks them, each with a password that must never show. */
    static Stream<Arguments> brokenProxyUrls() {
        List<String> urls = List.of(
                "http://alice:s3cret@127.0.0.1:99999",
                "http://alice:s3cret@proxy:65536",
                "http://alice:s3cret@proxy:0",
                "http://alice:s3cret@proxy:-1",
                "http://alice:s3cret@proxy:80a",
                "http://alice:s3cret@:8080",
                "http://alice:s3cret@",
                "http://alice:s3cret@proxy:8080/path",
                "http://alice:s3cret@proxy:8080?x=1",
                "http://alice:s3cret@[fd00::3:8080",
                "http://alice:s3 cret@proxy:8080",
                "socks5://alice:s3cret@proxy:1080",
                "https://alice:s3cret@proxy:443",
                "http://alice:s3cret@pro xy:8080",
                "http://alice:s3cret@proxy:8080#frag");
        return Stream.of("SO_PROXY", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
                .flatMap(name -> urls.stream().map(url -> Arguments.of(name, url)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("brokenProxyUrls")
    void resolve_brokenProxyUrl_namesTheVariableNeverThePassword(String name, String url) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            ProxySettings settings =
                    name.equals("SO_PROXY") ? of(url, Map.of(), Map.of()) : of(null, Map.of(name, url), Map.of());
            // a URL the settings take must also work for a request, or the failure comes later without the name
            for (String scheme : List.of("http", "https")) {
                settings.proxyFor(scheme, LOGIN).ifPresent(p -> new java.net.InetSocketAddress(p.host(), p.port()));
            }
        });

        assertThat(thrown).as(name + "=" + url).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage())
                .startsWith(name + " ")
                .doesNotContain("s3")
                .doesNotContain("alice");
    }

    @Test
    void resolve_whenSoProxySet_readsNoOtherSource() {
        Map<String, String> unreadable = Map.of("HTTPS_PROXY", "socks5://p:1080", "http_proxy", "http://bad host");
        assertThat(proxy(of("so:1", unreadable, Map.of("https.proxyPort", "x")), "https", LOGIN))
                .contains("so:1");
        assertThat(proxy(of("direct", unreadable, Map.of()), "https", LOGIN)).isEmpty();
    }

    /** Passwords of every kind of character, percent-encoded in the URL as people are told to. */
    static Stream<String> passwords() {
        return Stream.of("s3cret", "p@ss:word", "with space", "ümlaut€", "%41literal", "a/b?c#d", "'\"quoted\"'");
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void parse_withCredentials_decodesThemAndNeverShowsThem(String password) {
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
        ProxySettings settings =
                of(null, Map.of("HTTPS_PROXY", "http://DOM%5Cjane:" + encoded + "@p.corp:8080"), Map.of());
        ProxyEndpoint endpoint = settings.proxyFor("https", LOGIN).orElseThrow();
        assertThat(endpoint.username()).isEqualTo("DOM\\jane");
        assertThat(endpoint.password()).isEqualTo(password);
        for (String shown :
                List.of(endpoint.toString(), settings.toString(), settings.describe("https", LOGIN), encoded)) {
            if (shown.equals(encoded)) continue;
            assertThat(shown).doesNotContain(password).doesNotContain(encoded).doesNotContain("jane");
        }
        var credentials = (UsernamePasswordCredentials) ProxyRouting.proxyCredentials(settings)
                .getCredentials(new AuthScope(new HttpHost("http", "p.corp", 8080), null, null), null);
        assertThat(new String(credentials.getUserPassword())).isEqualTo(password);
        assertThat(ProxyRouting.proxyCredentials(settings)
                        .getCredentials(new AuthScope(new HttpHost("https", LOGIN, 443), null, null), null))
                .as("a target host asking for a login never gets the proxy's")
                .isNull();
    }

    @Test
    void describe_namesTheProxyAndTheSettingThatChoseIt() {
        assertThat(of(null, Map.of("HTTPS_PROXY", "http://u:pw@p.corp:8080"), Map.of())
                        .describe("https", LOGIN))
                .isEqualTo("http://p.corp:8080 (from HTTPS_PROXY, with a login)");
        assertThat(of(null, Map.of("HTTPS_PROXY", "p:1", "NO_PROXY", "superoffice.com"), Map.of())
                        .describe("https", LOGIN))
                .isEqualTo("direct (NO_PROXY lists " + LOGIN + ")");
        assertThat(of("direct", Map.of("HTTPS_PROXY", "p:1"), Map.of()).describe("https", LOGIN))
                .isEqualTo("direct (SO_PROXY=direct)");
        assertThat(ProxySettings.none().describe("https", LOGIN)).isEqualTo("direct (no proxy set)");
        assertThat(of(null, Map.of(), Map.of("https.proxyHost", "j")).describe("https", LOGIN))
                .isEqualTo("http://j:443 (from -Dhttps.proxyHost)");
    }
}
