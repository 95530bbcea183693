package com.roboplanet.soconnector.adapters.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSendJournalsTest {
    @TempDir
    Path dir;

    private final FileSendJournals journals = new FileSendJournals();

    @Test
    void open_missingDirectoryWithoutCreate_knowsNoMailRefusesWritesAndCreatesNothing() {
        Path outbox = dir.resolve("outbox");

        SendJournal journal = journals.open(JournalLocation.of(outbox), false);

        assertThat(journal.entries()).isEmpty();
        assertThat(journal.find(new IdempotencyKey("k1"))).isEmpty();
        JournalEntry entry =
                JournalEntry.prepared(new IdempotencyKey("k1"), Mails.tenant(), Mails.mail("x"), Instant.EPOCH);
        assertThatThrownBy(() -> journal.record(entry)).isInstanceOf(IllegalStateException.class);
        assertThat(outbox).doesNotExist();
    }

    @Test
    void open_existingDirectoryWithoutCreate_readsIt() {
        Path outbox = dir.resolve("outbox");
        JournalEntry entry =
                JournalEntry.prepared(new IdempotencyKey("k1"), Mails.tenant(), Mails.mail("x"), Instant.EPOCH);
        journals.open(JournalLocation.of(outbox), true).record(entry);

        assertThat(journals.open(JournalLocation.of(outbox), false).find(new IdempotencyKey("k1")))
                .contains(entry);
    }

    @Test
    void open_withCreate_createsTheDirectory() {
        Path outbox = dir.resolve("a").resolve("outbox");

        assertThat(journals.open(JournalLocation.of(outbox), true)).isInstanceOf(FileSendJournal.class);
        assertThat(outbox).isDirectory();
    }
}
