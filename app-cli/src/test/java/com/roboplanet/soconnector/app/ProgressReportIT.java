package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.adapters.superoffice.Sleeper;
import com.roboplanet.soconnector.app.progress.ProgressClock;
import com.roboplanet.soconnector.app.progress.ProgressMode;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} with stderr going to a file (not a terminal), against a slow sandbox that also answers some requests
 * 429 with {@code Retry-After: 3}: plain progress lines appear while it runs, the wait is announced with its length,
 * and the summary follows. The progress clock advances a tenth of a second per look and the connection's waits are
 * recorded, not spent, so the test waits for nothing but the sandbox's latency.
 */
class ProgressReportIT {
    @TempDir
    Path dir;

    @Test
    void report_stderrToAFile_showsProgressLinesAndAnnouncesTheRetryAfterWait() throws IOException {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        Sleeper recorded = waits::add;
        AtomicLong nanos = new AtomicLong();
        ProgressClock tenthOfASecondPerLook = new ProgressClock() {
            @Override
            public long nanos() {
                return nanos.addAndGet(100_000_000L);
            }

            @Override
            public boolean ticks() {
                return false;
            }
        };
        Path errFile = dir.resolve("stderr.txt");
        StringWriter out = new StringWriter();
        int code;
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                        .salesCount(3000)
                        .faults(Faults.builder()
                                .latency(Duration.ofMillis(5))
                                .rateLimitEveryNth(7, 3)
                                .build())
                        .build());
                PrintWriter err = new PrintWriter(Files.newBufferedWriter(errFile, StandardCharsets.UTF_8), true)) {
            Map<String, String> env = SandboxEnv.of(sandbox);
            env.put("SO_PAGE_SIZE", "200");
            // The rate limit's own waits would be recorded, not spent, and so grow: lift it.
            env.put("SO_MAX_REQUESTS_PER_SECOND", "1000");
            code = Main.run(
                    new String[] {"report", "--all"},
                    env,
                    dir,
                    new Console(new PrintWriter(out, true), err),
                    false,
                    ctx -> Modules.override(new AppModule(ctx)).with(binder -> {
                        binder.bind(ProgressMode.class).toInstance(ProgressMode.LINES);
                        binder.bind(ProgressClock.class).toInstance(tenthOfASecondPerLook);
                        binder.bind(Sleeper.class).toInstance(recorded);
                    }));
        }
        List<String> lines = Files.readAllLines(errFile, StandardCharsets.UTF_8);
        int summary = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("Report written to "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no summary in " + lines)));

        assertThat(code).as(String.join("\n", lines)).isZero();
        assertThat(lines.subList(0, summary))
                .filteredOn(l -> l.startsWith("Sales read ") && !l.endsWith(", done"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(l ->
                        l.matches("Sales read [\\d,]+, rows [\\d,]+, requests [\\d,]+.*\\d+:\\d\\d:\\d\\d elapsed"));
        assertThat(lines.subList(0, summary))
                .contains("SuperOffice asked to wait 3 s (429), retry 1 of 5")
                .last()
                .asString()
                .startsWith("Sales read ")
                .endsWith(", done");
        assertThat(waits).contains(Duration.ofSeconds(3));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void report_quiet_showsNoProgress() throws IOException {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.builder()
                .salesCount(500)
                .faults(Faults.builder().rateLimitEveryNth(3, 3).build())
                .build())) {
            Map<String, String> env = SandboxEnv.of(sandbox);
            env.put("SO_PAGE_SIZE", "100");
            env.put("SO_MAX_REQUESTS_PER_SECOND", "1000");
            CliRun run = CliRun.in(
                    dir,
                    env,
                    binder -> binder.bind(Sleeper.class).toInstance(duration -> {}),
                    "--quiet",
                    "report",
                    "--all");
            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.err).doesNotContain("Sales read 0").doesNotContain("asked to wait");
            assertThat(run.err).startsWith("Report written to ");
        }
    }
}
