package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code so-connector.jar} run as people run it, in its own JVM, behind the test proxy: Java's proxy
 * properties given with {@code -D}, and {@code https://} through the proxy's CONNECT tunnel to a TLS front of the
 * sandbox ({@code sandbox.invalid}, which only the proxy resolves). The JDK reads {@code http.proxyHost} for http://
 * addresses and {@code https.proxyHost} for https:// ones; the connector does the same. Runs with {@code --debug}, so
 * that what reaches the logs is checked too.
 */
class ProxyJarIT {
    private static final Path JAR = Path.of(System.getProperty("basedir", ".")).resolve("target/so-connector.jar");
    private static final String PASSWORD = "jar-s3cret";

    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;
    private TestForwardProxy proxy;
    private TlsFront tls;

    @BeforeEach
    void start() throws IOException {
        assertThat(JAR).as("the IT runs after package, which builds the jar").exists();
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(200).build());
        proxy = TestForwardProxy.start().resolve("sandbox.invalid", "127.0.0.1");
        Files.createDirectories(dir.resolve("work"));
    }

    @AfterEach
    void stop() {
        if (tls != null) tls.close();
        proxy.close();
        sandbox.close();
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** The sandbox as {@code https://sandbox.invalid:PORT}, behind a TLS front. */
    private void overHttps() {
        tls = TlsFront.start(dir, "sandbox.invalid", sandbox.port());
        sandbox.advertiseAs(URI.create("https://sandbox.invalid:" + tls.port()));
    }

    private void overHttp() {
        sandbox.advertiseAs(URI.create("http://sandbox.invalid:" + sandbox.port()));
    }

    private Run run(Map<String, String> extraEnv, String... javaOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (tls != null) {
            command.add("-Djavax.net.ssl.trustStore=" + tls.trustStore());
            command.add("-Djavax.net.ssl.trustStorePassword=" + TlsFront.PASSWORD);
            command.add("-Djavax.net.ssl.trustStoreType=PKCS12");
        }
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", JAR.toString(), "--debug", "report", "--limit", "40"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.resolve("work").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        // Only what the test sets: the build machine's own proxy or SO_* variables must not leak in.
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(k -> k.startsWith("SO_")
                        || k.startsWith("SMTP_")
                        || k.toLowerCase(java.util.Locale.ROOT).endsWith("_proxy"));
        env.putAll(SandboxEnv.of(sandbox));
        env.putAll(extraEnv);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("so-connector did not finish in 180 s");
        }
        return new Run(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void report_overHttpsWithHttpsProxyFromTheEnvironment_tunnelsWithTheCredentials() throws Exception {
        overHttps();
        proxy.requireCredentials("jane:" + PASSWORD);

        Run run = run(Map.of("HTTPS_PROXY", proxy.url("jane:" + PASSWORD)));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(dir.resolve("work/product_report.csv")).exists();
        assertThat(proxy.received())
                .filteredOn(r -> r.method().equals("CONNECT"))
                .isNotEmpty()
                .allMatch(r -> r.target().equals("sandbox.invalid:" + tls.port()));
        assertThat(proxy.received())
                .filteredOn(r -> r.credentials() != null)
                .isNotEmpty()
                .allMatch(r -> r.credentials().equals("jane:" + PASSWORD));
        // --debug: HttpClient's and the connector's DEBUG lines are there, the proxy login is not.
        assertThat(run.err).contains("DEBUG").contains("HttpTransport");
        assertThat(run.out + run.err).doesNotContain(PASSWORD).doesNotContain("jane");
    }

    @Test
    void report_overHttpsWithJavaHttpsProxyProperties_tunnelsThroughThem_andTheyBeatTheEnvironment() throws Exception {
        overHttps();
        proxy.requireCredentials("jane:" + PASSWORD);

        Run run = run(
                Map.of("HTTPS_PROXY", "http://127.0.0.1:9"),
                "-Dhttps.proxyHost=127.0.0.1",
                "-Dhttps.proxyPort=" + proxy.port(),
                "-Dhttps.proxyUser=jane",
                "-Dhttps.proxyPassword=" + PASSWORD);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(proxy.received()).anyMatch(r -> r.method().equals("CONNECT"));
        assertThat(run.out + run.err).doesNotContain(PASSWORD).doesNotContain("jane");
    }

    @Test
    void report_overHttpWithJavaHttpProxyProperty_goesThroughIt() throws Exception {
        overHttp();

        Run run = run(Map.of(), "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + proxy.port());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(proxy.received()).anyMatch(r -> r.target().startsWith("http://sandbox.invalid:"));
    }

    @Test
    void report_overHttpWithOnlyJavaHttpsProxyProperty_goesDirect_asTheJdkDoes() throws Exception {
        overHttp();

        Run run = run(Map.of(), "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + proxy.port());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err).contains("sandbox.invalid").contains("set HTTP_PROXY or SO_PROXY");
        assertThat(proxy.received()).isEmpty();
    }
}
