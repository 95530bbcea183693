package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Product codes in user-defined fields, from the tenant's FindSale columns to {@code Source=UDF} rows. */
class UdfReportIT {
    private static final String[] REPORT = {"report", "--all", "--no-quote-lines"};
    private static final int MATCHED_TEXT = 9;
    private static final Pattern DEFAULT_CODE = Pattern.compile(SuperOfficeConfig.DEFAULT_UDF_PRODUCT_PATTERN);

    @TempDir
    Path dir;

    @Test
    void report_withUdfColumns_addsUdfRowsWithoutExtraRequests() throws IOException {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults())) {
            CliRun plain = CliRun.in(dir, env(sandbox), Modules.EMPTY_MODULE, REPORT);
            assertThat(plain.exitCode).as(plain.toString()).isZero();
            List<String[]> plainRows = rows();
            int plainSaleRequests = sandbox.requestLog().count("GET Sale");
            sandbox.requestLog().clear();

            Map<String, String> env = env(sandbox);
            env.put("SO_UDF_COLUMNS", "saleUdef/SuperOffice:1, saleUdef/SuperOffice:2");
            CliRun withUdf = CliRun.in(dir, env, Modules.EMPTY_MODULE, REPORT);

            assertThat(withUdf.exitCode).as(withUdf.toString()).isZero();
            assertThat(plainRows).noneMatch(row -> source(row).equals("UDF"));
            List<String[]> udfRows =
                    rows().stream().filter(row -> source(row).equals("UDF")).toList();
            assertThat(udfRows)
                    .isNotEmpty()
                    // the code as the field holds it, then the CRM's name for it where the catalogue needed that
                    .allSatisfy(row -> assertThat(DEFAULT_CODE
                                    .matcher(row[MATCHED_TEXT].split(" ", 2)[0])
                                    .matches())
                            .as(String.join(",", row))
                            .isTrue());
            assertThat(udfRows).anySatisfy(row -> assertThat(row[MATCHED_TEXT]).isEqualTo("RR-02-017-OMNIE"));
            assertThat(sandbox.requestLog().count("GET Sale")).isEqualTo(plainSaleRequests);
            assertThat(sandbox.requestLog().count("GET Sale/{id}")).isZero();
        }
    }

    @Test
    void report_withoutAnySetting_showsTheSandboxArtikelnummerAsUdfRows() throws IOException {
        CliRun run = CliRun.in(dir, REPORT);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(rows()).anyMatch(row -> source(row).equals("UDF"));
    }

    @Test
    void report_invalidProductPattern_exits3NamingTheKeyNotTheValueAndWritesNothing() throws IOException {
        CliRun run = CliRun.in(dir, Map.of("SO_UDF_PRODUCT_PATTERN", "[A-Z"), Modules.EMPTY_MODULE, REPORT);

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err)
                .contains("SO_UDF_PRODUCT_PATTERN (the environment): not a valid Java regular expression")
                .doesNotContain("[A-Z")
                .hasLineCount(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void report_tenantRefusesAUdfColumn_exits3NamingColumnAndKey() {
        try (SuperOfficeSandbox sandbox = SuperOfficeSandbox.start(SandboxOptions.defaults())) {
            Map<String, String> env = env(sandbox);
            env.put("SO_UDF_COLUMNS", "saleUdef/SuperOffice:9");

            CliRun run = CliRun.in(dir, env, Modules.EMPTY_MODULE, REPORT);

            assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.err)
                    .contains("'saleUdef/SuperOffice:9'", "SO_UDF_COLUMNS")
                    .hasLineCount(1);
            assertThat(dir.resolve("product_report.csv")).doesNotExist();
        }
    }

    /** Source is the eleventh column; later columns (QuantitySource) are appended after it. */
    private static String source(String[] row) {
        return row[10];
    }

    private List<String[]> rows() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build();
        try (CSVParser parser = CSVParser.parse(dir.resolve("product_report.csv"), StandardCharsets.UTF_8, format)) {
            assertThat(parser.getHeaderNames()).contains("ProductCode", "Source");
            return parser.getRecords().stream().map(CSVRecord::values).toList();
        }
    }

    private static Map<String, String> env(SuperOfficeSandbox sandbox) {
        Map<String, String> env = SandboxEnv.of(sandbox);
        env.put("SO_MAX_REQUESTS_PER_SECOND", "500");
        return env;
    }
}
