package com.roboplanet.soconnector.adapters.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSendJournalTest {
    @TempDir
    Path dir;

    private final OutboundEmail mail =
            new OutboundEmail(Mails.rep(), Mails.recipient(), 67, null, "Grüße & Angebot", "Text ✓", "<p>HTML</p>");
    private final IdempotencyKey key = IdempotencyKey.derive(mail);
    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void record_whenReopened_readsTheSameEntryWithItsBytes() {
        byte[] eml = "Message-ID: <x@y.example>\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        JournalEntry sent = JournalEntry.prepared(key, mail, t0)
                .notServed(new StrategyAttempt("email-agent", StrategyAttempt.Verdict.NOT_GRANTED, "401", "fix"), t0)
                .sending("smtp-relay", "<x@y.example>", t0)
                .sent("<x@y.example>", eml, t0.plusSeconds(1));

        new FileSendJournal(dir).record(sent);

        assertThat(new FileSendJournal(dir).find(key)).contains(sent);
        assertThat(dir.resolve(key + ".eml")).hasBinaryContent(eml);
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void find_whenFileCorrupt_namesTheFileAndChangesNothing() throws Exception {
        Path file = dir.resolve(key + ".json");
        Files.writeString(file, "{\"version\":1,\"key\":");
        FileSendJournal journal = new FileSendJournal(dir);

        assertThatThrownBy(() -> journal.find(key))
                .isInstanceOf(SendJournalException.class)
                .hasMessageStartingWith("journal file " + file + " is corrupt")
                .hasMessageContaining("nothing was changed")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(journal::unfinished).hasMessageContaining(file.toString());
        assertThat(file).hasContent("{\"version\":1,\"key\":");
    }

    @Test
    void find_whenEmlTamperedWith_refuses() throws Exception {
        FileSendJournal journal = new FileSendJournal(dir);
        journal.record(JournalEntry.prepared(key, mail, t0)
                .sending("smtp-relay", "<m@x.example>", t0)
                .sent("<m@x.example>", "original".getBytes(StandardCharsets.US_ASCII), t0));
        Files.writeString(dir.resolve(key + ".eml"), "changed");

        assertThatThrownBy(() -> journal.find(key)).hasMessageContaining("does not match its recorded SHA-256");
    }

    @Test
    void find_whenFileHoldsAnotherKey_refuses() throws Exception {
        FileSendJournal journal = new FileSendJournal(dir);
        journal.record(JournalEntry.prepared(key, mail, t0));
        Files.move(dir.resolve(key + ".json"), dir.resolve("other.json"));

        assertThatThrownBy(() -> journal.find(new IdempotencyKey("other"))).hasMessageContaining("it holds key " + key);
    }

    @Test
    void unfinished_ignoresFinishedEntriesAndLeftoverTempFiles() throws Exception {
        FileSendJournal journal = new FileSendJournal(dir);
        OutboundEmail other = Mails.mail("Other");
        journal.record(JournalEntry.prepared(key, mail, t0));
        journal.record(JournalEntry.prepared(IdempotencyKey.derive(other), other, t0)
                .sending("activity-handoff", null, t0)
                .handedOff(9, t0));
        Files.writeString(dir.resolve("." + key + ".json.123.tmp"), "half a write");

        assertThat(journal.unfinished()).extracting(JournalEntry::state).containsExactly(JournalState.PREPARED);
    }

    @Test
    void lease_whenKeyHeldByAnotherJournalOnTheSameDirectory_refusesUntilReleased() {
        FileSendJournal first = new FileSendJournal(dir);
        FileSendJournal second = new FileSendJournal(dir);

        SendJournal.Lease held = first.lease(key);
        try {
            assertThatThrownBy(() -> second.lease(key))
                    .isInstanceOf(SendJournalException.class)
                    .hasMessageContaining("being sent by another so-connector run");
            second.lease(new IdempotencyKey("another-key")).close();
        } finally {
            held.close();
        }
        second.lease(key).close();
    }

    @Test
    void create_whenDirectoryIsAFile_saysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> new FileSendJournal(file))
                .isInstanceOf(SendJournalException.class)
                .hasMessageContaining(file.toString());
    }
}
