package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/so-connector} and the packaged jar as a script or cron runs them: in their own process, without a
 * terminal (the test's standard input and output are pipes), in a folder without settings, with only a minimal
 * environment. The whole output is read, logs included, so that --debug is checked too. {@code bin/so-connector.cmd}
 * cannot run here; {@link #windowsLauncher_readsLikeTheShellLauncher} reads it.
 */
class LauncherIT {
    private static final Path BASEDIR =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path JAR = BASEDIR.resolve("target/so-connector.jar");
    private static final Path LAUNCHER = BASEDIR.resolveSibling("bin").resolve("so-connector");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** As cron starts a command: a pipe for input, PATH and HOME only. */
    private Run run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment()
                .putAll(Map.of(
                        "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                        "HOME", dir.toString(),
                        "JAVA_HOME", System.getProperty("java.home")));
        builder.redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void readmeFirstCommand_inAScript_writesTheSandboxReport() throws Exception {
        assertThat(LAUNCHER).exists();

        Run run = run(List.of("bash", LAUNCHER.toString(), "report", "--sandbox"));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err).startsWith("Using the built-in SuperOffice sandbox (2000 generated sales");
        assertThat(dir.resolve("product_report.csv")).exists();
    }

    @Test
    void report_inAScriptWithoutSettings_exits3WithOneLineAndNoReport() throws Exception {
        Run run = jar("report");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).isEqualTo("so-connector: no SuperOffice settings: set SO_* or pass --sandbox\n");
        assertThat(run.out).isEmpty();
        assertThat(dir.resolve("product_report.csv")).doesNotExist();
    }

    @Test
    void malformedDotEnvWithAToken_debugRun_neverShowsTheToken() throws Exception {
        String token = "eyJ0eXAiOiJKV1QifQ.jar-refresh-token-value==";
        Files.writeString(
                dir.resolve(".env"),
                "SO_CLIENT_ID=abc\n" + token + "\n#SO_REFRESH_TOKEN=" + token + "\n",
                StandardCharsets.UTF_8);

        Run debug = jar("--debug", "report", "--sandbox");
        Run help = jar("--help");
        Run version = jar("report", "--version");

        assertThat(debug.exitCode).as(debug.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(debug.err).startsWith("so-connector: .env:2: expected KEY=value");
        assertThat(debug.out + debug.err).doesNotContain("jar-refresh-token-value");
        assertThat(help.exitCode).isZero();
        assertThat(help.out).startsWith("Usage: so-connector");
        assertThat(version.out).startsWith("so-connector ");
    }

    /**
     * Every format and the page from the packaged jar: a library the tests have but the jar lacks (a test-scoped
     * declaration hiding an adapter's own dependency) fails only here, with exit code 1.
     */
    @Test
    void report_everyFormatFromThePackagedJar_isWritten() throws Exception {
        Files.writeString(dir.resolve("sales.csv"), "SaleId,Heading,CustomerId\n1,2x Omnie,7\n");

        for (String format : List.of("csv", "jsonl", "xlsx")) {
            Run run = jar(
                    "report",
                    "--from",
                    "sales.csv",
                    "--format",
                    format,
                    "--out",
                    "r." + format,
                    "--html",
                    format + ".html");

            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(dir.resolve("r." + format)).isNotEmptyFile();
            assertThat(dir.resolve(format + ".html")).isNotEmptyFile();
        }
    }

    @Test
    void windowsLauncher_readsLikeTheShellLauncher() throws IOException {
        String cmd = Files.readString(LAUNCHER.resolveSibling("so-connector.cmd"));

        assertThat(cmd.lines().findFirst()).hasValue("@echo off");
        assertThat(cmd.replace("\r\n", ""))
                .as("CRLF line ends only, as cmd.exe wants them")
                .doesNotContain("\n");
        assertThat(cmd)
                .contains("%~dp0")
                .contains("app-cli\\target\\so-connector.jar")
                .contains("mvnw.cmd")
                .contains("%SO_CONNECTOR_JAVA_OPTS%")
                .contains("-jar \"%JAR%\" %*")
                .contains("exit /b %ERRORLEVEL%");
    }
}
