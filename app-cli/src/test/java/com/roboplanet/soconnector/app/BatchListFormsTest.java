package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.Pause;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code send --batch} recipient lists as people keep them (issue 15): read like exports, with {@code --encoding} and
 * {@code --sheet}; the result file laid out like the list (its delimiter, byte-order mark and line ends) or as Excel
 * writes CSV with {@code SO_EXCEL=true}.
 */
class BatchListFormsTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("SO_SEND_STRATEGY", "email-agent"));
    private final FakeSuperOffice crm = new FakeSuperOffice();

    @BeforeEach
    void template() throws IOException {
        Files.writeString(dir.resolve("template.txt"), "Subject: Angebot zu {{anlass}}\n\nGuten Tag\n");
    }

    private CliRun batch(String list, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "send",
                "--batch",
                list,
                "--template",
                "template.txt",
                "--rep",
                "5",
                "--journal",
                "outbox",
                "--rate",
                "100/s"));
        args.addAll(List.of(more));
        Clock fixed = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        Module overrides = Modules.combine(crm.module(), b -> {
            b.bind(Clock.class).toInstance(fixed);
            b.bind(Pause.class).toInstance(duration -> {});
        });
        return CliRun.in(dir, env, overrides, args.toArray(String[]::new));
    }

    @Test
    void batch_germanExcelListInWindows1252_isReadAndTheResultsOpenLikeIt() throws IOException {
        Files.write(dir.resolve("Empfänger.csv"), "to;anlass\r\n380;Messe Düsseldorf\r\n".getBytes(WINDOWS_1252));

        CliRun run = batch("Empfänger.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(crm.emailAgent.calls())
                .extracting(OutboundEmail::subject)
                .containsExactly("Angebot zu Messe Düsseldorf");
        String results = Files.readString(dir.resolve("Empfänger.results.csv"), StandardCharsets.UTF_8);
        assertThat(results)
                .startsWith("\uFEFFrow;to;status;strategy;message_id;document_id;task_id;detail\r\n")
                .contains("\r\n1;380;SENT_AND_ARCHIVED;email-agent;<");
    }

    @Test
    void batch_listInAnotherEncodingNamedByTheUser_isReadInIt() throws IOException {
        Files.write(dir.resolve("list.txt"), "to|anlass\n380|Bürstenwechsel\n".getBytes(Charset.forName("IBM850")));

        CliRun run = batch("list.txt", "--encoding", "IBM850");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(crm.emailAgent.calls())
                .extracting(OutboundEmail::subject)
                .containsExactly("Angebot zu Bürstenwechsel");
        assertThat(Files.readString(dir.resolve("list.txt.results.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFrow|to|status|")
                .doesNotContain("\r");
    }

    @Test
    void batch_workbookSheetByName_isReadAndTheResultsAreExcelsCsv() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Notizen", List.of(List.of("nichts")));
        sheets.put("Empfänger", List.of(List.of("to", "anlass"), List.of(380, "Wartung")));
        Exports.workbook(dir.resolve("Empfänger.xlsx"), sheets);

        CliRun run = batch("Empfänger.xlsx", "--sheet", "Empfänger", "--results", "ergebnis.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(crm.emailAgent.calls()).extracting(OutboundEmail::subject).containsExactly("Angebot zu Wartung");
        assertThat(Files.readString(dir.resolve("ergebnis.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFrow;to;status;");
    }

    @Test
    void batch_soExcelTrue_writesExcelsCsvWhateverTheList() throws IOException {
        Files.writeString(dir.resolve("recipients.csv"), "to,anlass\n380,Messe\n");
        env.put("SO_EXCEL", "true");

        CliRun run = batch("recipients.csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Files.readString(dir.resolve("recipients.results.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFrow;to;status;strategy;message_id;document_id;task_id;detail\r\n");
    }

    @Test
    void send_sheetOrEncodingWithoutBatch_isAUsageError() {
        CliRun run = CliRun.in(
                dir, "send", "--rep", "5", "--to", "380", "--subject", "Hallo", "--body-file", "b.txt", "--sheet", "A");

        assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).contains("--sheet cannot be used with one mail");
    }
}
