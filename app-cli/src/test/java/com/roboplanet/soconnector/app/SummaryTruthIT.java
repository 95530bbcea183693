package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary tells the truth about the read: a read that {@code --limit} cut short says so with how many sales there
 * are at least, sales the server's customer filter left out are not shown as a count of 0, and the requests are
 * counted by kind.
 */
class SummaryTruthIT {
    @TempDir
    Path dir;

    private SuperOfficeSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SuperOfficeSandbox.start(
                SandboxOptions.builder().salesCount(600).build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRun run(String... args) {
        Map<String, String> env = SandboxEnv.of(sandbox);
        env.put("SO_PAGE_SIZE", "100");
        env.put("SO_MAX_REQUESTS_PER_SECOND", "1000");
        return CliRun.in(dir, env, Modules.EMPTY_MODULE, args);
    }

    @Test
    void report_cutShortByLimit_saysSoWithAtLeastHowManyAndCountsRequestsByKind() {
        CliRun run = run("--quiet", "report", "--limit", "150");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err)
                .containsPattern("Sales read:\\s+150")
                .contains("  cut short by --limit: the latest 150 of at least 151; --all reads every sale")
                .contains("  without customer: left out by SuperOffice's filter, not counted")
                .doesNotContain("skipped, no customer")
                .doesNotContain("Sales matched by the query")
                .containsPattern(
                        "\\(\\d+ requests: 2 sale pages, \\d+ quote-line pages?, (\\d+ Quote-agent calls?, )?1 token"
                                + " or discovery request\\)");
    }

    @Test
    void report_all_isNotCutShortAndNamesTheMatchedCount() {
        CliRun run = run("--quiet", "report", "--all");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err).contains("Sales matched by the query").doesNotContain("cut short by --limit");
    }
}
