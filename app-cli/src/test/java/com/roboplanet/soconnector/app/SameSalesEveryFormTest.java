package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.app.Exports.Form;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15: the same sales exported in each form people use (CSV UTF-8; {@code sep=;} with Windows-1252; Excel's
 * Unicode Text; UTF-8 with TAB; {@code |}; an {@code .xlsx} workbook) give byte-identical reports through the command
 * line, each read by content with nothing but {@code --from} (and {@code --sheet} for the workbook's second sheet).
 */
class SameSalesEveryFormTest {
    @TempDir
    Path dir;

    private byte[] report(Form form, Path workDir) throws IOException {
        Path file = form.write(Files.createDirectories(workDir));
        List<String> args = new ArrayList<>(
                List.of("report", "--from", file.getFileName().toString(), "--include-unmatched", "--out", "r.csv"));
        if (form == Form.XLSX) {
            args.addAll(List.of("--sheet", "Verkäufe 2025"));
        }
        CliRun run = CliRun.in(workDir, args.toArray(String[]::new));
        assertThat(run.exitCode).as(form + "\n" + run).isZero();
        assertThat(run.err).as(form.toString()).doesNotContain("Unreadable cells");
        return Files.readAllBytes(workDir.resolve("r.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void report_sameSalesInEveryForm_givesByteIdenticalReports(Form form) throws IOException {
        byte[] reference = report(Form.UTF8_COMMA, dir.resolve("reference"));

        byte[] report = report(form, dir.resolve("form"));

        assertThat(new String(report, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(reference, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report).isEqualTo(reference);
        assertThat(Csv.rows(dir.resolve("reference/r.csv")))
                .extracting(row -> String.join("|", row.get(0), row.get(1), row.get(3), row.get(6), row.get(8)))
                .containsExactly(
                        "900001|2025-01-07|Gebäudereinigung Müller & Söhne|OMNIE|2",
                        "900002|2025-01-08|Café \"Zur Post\"; Inh. Meier, Zürich||",
                        "900004|2025-03-01|Bäckerei Kunz|SERVICE|1");
    }
}
