package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code report} behind a web proxy configured through the environment, against a sandbox whose name ({@code
 * sandbox.invalid}) only the proxy resolves: a report that works went through the proxy, for the login host and the
 * API host alike. The sandbox speaks plain http, so the variables for http:// addresses apply (HTTP_PROXY, not
 * HTTPS_PROXY, as in curl); the CONNECT path and Java's properties are in {@code ProxyJarIT}.
 */
class ProxyReportIT {
    private static final String PASSWORD = "pr0xy-s3cret:with@specials";
    private static final String USER_INFO = "jane:pr0xy-s3cret%3Awith%40specials";

    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;
    private TestForwardProxy proxy;

    @BeforeEach
    void start() {
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(300).build());
        sandbox.advertiseAs(URI.create("http://sandbox.invalid:" + sandbox.port()));
        proxy = TestForwardProxy.start().resolve("sandbox.invalid", "127.0.0.1");
    }

    @AfterEach
    void stop() {
        proxy.close();
        sandbox.close();
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = SandboxEnv.of(sandbox);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private CliRun report(Map<String, String> env, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "report";
        args[1] = "--limit";
        args[2] = "60";
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.in(dir, env, Modules.EMPTY_MODULE, args);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTP_PROXY", "http_proxy", "ALL_PROXY"})
    void report_throughAnHttpProxyFromTheEnvironment_worksAndSendsTheCredentials(String variable) {
        proxy.requireCredentials("jane:" + PASSWORD);

        CliRun run = report(env(variable, proxy.url(USER_INFO)));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(dir.resolve("product_report.csv")).exists();
        assertThat(proxy.received())
                .anyMatch(r -> r.target().startsWith("http://sandbox.invalid:" + sandbox.port() + "/login/"))
                .anyMatch(r -> r.target().contains("/api/v1/Sale?"))
                .filteredOn(r -> r.credentials() != null)
                .allMatch(r -> r.credentials().equals("jane:" + PASSWORD));
        // The first request meets the challenge; after that the credentials go along with every request.
        assertThat(proxy.challenges()).isEqualTo(1);
        assertThat(run.out + run.err).doesNotContain(PASSWORD).doesNotContain("s3cret");
    }

    @Test
    void report_withHttpsProxyOnly_doesNotUseItForAnHttpAddress_likeCurl() {
        CliRun run = report(env("HTTPS_PROXY", proxy.url(null)));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err)
                .contains("could not reach SuperOffice")
                .contains("sandbox.invalid")
                .contains("set HTTP_PROXY or SO_PROXY");
        assertThat(proxy.received()).isEmpty();
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void report_whenNoProxyListsTheHost_goesDirect() {
        CliRun run = report(env("HTTP_PROXY", proxy.url(null), "NO_PROXY", "localhost,.invalid"));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(proxy.received()).isEmpty();
    }

    @Test
    void report_soProxy_overridesTheEnvironment() {
        proxy.requireCredentials("jane:" + PASSWORD);
        CliRun run = report(env(
                "HTTP_PROXY", "http://127.0.0.1:9",
                "NO_PROXY", "*",
                "SO_PROXY", proxy.url(USER_INFO)));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(proxy.received()).isNotEmpty();
    }

    @Test
    void report_whenProxyWantsALoginAndNoneIsGiven_exits3NamingTheVariable() {
        proxy.requireCredentials("jane:" + PASSWORD);

        CliRun run = report(env("HTTP_PROXY", proxy.url(null)));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err)
                .contains("the proxy http://127.0.0.1:" + proxy.port() + " (from HTTP_PROXY) asks for a login (407)")
                .contains("put the user and password into HTTP_PROXY");
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void report_whenProxyRefusesTheCredentials_exits3WithoutShowingThem_debugIncluded() {
        proxy.requireCredentials("jane:" + PASSWORD);
        Map<String, String> env = env("HTTP_PROXY", proxy.url("jane:wrong-s3cret"));

        CliRun run = CliRun.in(dir, env, Modules.EMPTY_MODULE, "--debug", "report", "--limit", "5");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).contains("refused the user and password given in HTTP_PROXY (407)");
        assertThat(run.out + run.err).doesNotContain("wrong-s3cret").doesNotContain("jane");
    }

    @Test
    void report_whenProxyAnswersItsLoginPage_exits5SayingSoAndWritesNothing() {
        proxy.redirectToLoginPage();

        CliRun run = report(env("HTTP_PROXY", proxy.url(null)));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err)
                .contains("the proxy http://127.0.0.1:" + proxy.port()
                        + " (from HTTP_PROXY) answered a login page (302 to http://proxy.invalid/login/)")
                .doesNotContain("secret-sid")
                .doesNotContain("refused");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void probe_showsWhichProxyItUsedAndWhichSettingChoseIt() {
        proxy.requireCredentials("jane:" + PASSWORD);

        CliRun run = CliRun.in(dir, env("HTTP_PROXY", proxy.url(USER_INFO)), Modules.EMPTY_MODULE, "probe");

        assertThat(run.out)
                .contains("SuperOffice: proxy")
                .contains("http://127.0.0.1:" + proxy.port() + " (from HTTP_PROXY, with a login) for the login host"
                        + " sandbox.invalid and the API host sandbox.invalid")
                .doesNotContain(PASSWORD)
                .doesNotContain("jane");
    }

    @Test
    void report_whenProxyVariableIsNotAnHttpProxy_exits3NamingIt() {
        CliRun run = report(env("HTTP_PROXY", "socks5://jane:" + PASSWORD + "@127.0.0.1:1080"));

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).contains("HTTP_PROXY names a socks5:// proxy").doesNotContain(PASSWORD);
    }
}
