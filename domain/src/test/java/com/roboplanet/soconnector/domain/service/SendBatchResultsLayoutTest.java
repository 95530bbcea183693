package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.fakes.FakeCrmDirectory;
import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.InMemorySendJournal;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.CsvLayout;
import com.roboplanet.soconnector.domain.model.RecipientList;
import com.roboplanet.soconnector.domain.port.in.BatchRowResult;
import com.roboplanet.soconnector.domain.port.in.SendBatchCommand;
import com.roboplanet.soconnector.domain.port.out.BatchProgress;
import com.roboplanet.soconnector.domain.port.out.BatchResults;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.TableReading;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recipient list is read as the user said, and the results follow the list's layout (issue 15, item 6). */
class SendBatchResultsLayoutTest {
    private static final Path BATCH = Path.of("Empfänger.csv");
    private static final CsvLayout GERMAN_EXCEL = new CsvLayout(';', true, "\r\n");

    @Test
    void send_listInGermanExcelLayout_readsItAsNamedAndCreatesTheResultsInItsLayout() {
        List<TableReading> readings = new ArrayList<>();
        List<CsvLayout> layouts = new ArrayList<>();
        RecipientList list = new RecipientList(
                BATCH,
                List.of("to", "anlass"),
                List.of(new RecipientList.Row(1, 2, Map.of("to", "380", "anlass", "Messe"))),
                GERMAN_EXCEL);
        BatchResults results = (file, layout) -> {
            layouts.add(layout);
            return new BatchResults.Log() {
                @Override
                public void append(BatchRowResult row) {}

                @Override
                public void close() {}
            };
        };
        SendBatchService service = new SendBatchService(
                (file, reading) -> {
                    readings.add(reading);
                    return list;
                },
                (file, label) -> "Subject: Angebot ({{anlass}})\n\nHallo\n",
                FakeCrmDirectory::new,
                () -> List.of(new RecordingSendStrategy("email-agent")),
                FakeMailArchive::new,
                ScriptedDeliveryCheck::new,
                (location, create) -> new InMemorySendJournal(),
                results,
                new BatchProgress() {
                    @Override
                    public void rowDone(BatchRowResult row) {}

                    @Override
                    public void batchDone(com.roboplanet.soconnector.domain.port.in.BatchSummary summary) {}
                },
                pause -> {},
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

        service.send(new SendBatchCommand(
                BATCH,
                Path.of("template.txt"),
                "5",
                "100/s",
                JournalLocation.of(Path.of("outbox")),
                Mails.tenant(),
                Path.of("Empfänger.results.csv"),
                false,
                new TableReading("windows-1252", "Empfänger")));

        assertThat(readings).containsExactly(new TableReading("windows-1252", "Empfänger"));
        assertThat(layouts).containsExactly(GERMAN_EXCEL);
    }
}
