package com.roboplanet.soconnector.adapters.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.StrategyAttempt;
import com.roboplanet.soconnector.domain.model.TenantId;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendJournal;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSendJournalTest {
    @TempDir
    Path dir;

    private final OutboundEmail mail =
            new OutboundEmail(Mails.rep(), Mails.recipient(), 67, null, "Grüße & Angebot", "Text ✓", "<p>HTML</p>");
    private final TenantId tenant = Mails.tenant();
    private final IdempotencyKey key = IdempotencyKey.derive(tenant, mail);
    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void record_whenReopened_readsTheSameEntryWithItsBytes() {
        byte[] eml = "Message-ID: <x@y.example>\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        JournalEntry sent = JournalEntry.prepared(key, tenant, mail, t0)
                .notServed(new StrategyAttempt("email-agent", StrategyAttempt.Verdict.NOT_GRANTED, "401", "fix"), t0)
                .sending("smtp-relay", new PreparedMail(mail, key, "<x@y.example>", eml), t0)
                .sent("<x@y.example>", null, "", t0.plusSeconds(1));

        new FileSendJournal(dir).record(sent);

        assertThat(new FileSendJournal(dir).find(key)).contains(sent);
        assertThat(dir.resolve(key + ".eml")).hasBinaryContent(eml);
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    /**
     * A second tester's case: a 22 MB body was sent, and then its entry could not be read (Jackson's 20,000,000-character
     * cap), so the same command sent it again. Bodies on both sides of the cap read back.
     */
    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {19_999_999, 20_000_001, 22_000_000})
    void record_aBodyAroundJacksonsStringCap_readsBack(int characters) {
        OutboundEmail large =
                new OutboundEmail(Mails.rep(), Mails.recipient(), 67, null, "Katalog", "x".repeat(characters), null);
        IdempotencyKey largeKey = IdempotencyKey.derive(tenant, large);
        JournalEntry prepared = JournalEntry.prepared(largeKey, tenant, large, t0);

        new FileSendJournal(dir).record(prepared);

        assertThat(new FileSendJournal(dir).find(largeKey)).contains(prepared);
        assertThat(new FileSendJournal(dir).entries()).containsExactly(prepared);
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
                .hasMessageContaining("Do not delete it")
                .hasMessageNotContaining("move it out")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(journal::entries).hasMessageContaining(file.toString());
        assertThat(file).hasContent("{\"version\":1,\"key\":");
    }

    @Test
    void find_whenEmlTamperedWith_refuses() throws Exception {
        FileSendJournal journal = new FileSendJournal(dir);
        journal.record(JournalEntry.prepared(key, tenant, mail, t0)
                .sending("smtp-relay", PreparedMail.unplanned(mail, key), t0)
                .sent("<m@x.example>", "original".getBytes(StandardCharsets.US_ASCII), "", t0));
        Files.writeString(dir.resolve(key + ".eml"), "changed");

        assertThatThrownBy(() -> journal.find(key)).hasMessageContaining("does not match its recorded SHA-256");
    }

    @Test
    void find_whenFileHoldsAnotherKey_refuses() throws Exception {
        FileSendJournal journal = new FileSendJournal(dir);
        journal.record(JournalEntry.prepared(key, tenant, mail, t0));
        Files.move(dir.resolve(key + ".json"), dir.resolve("other.json"));

        assertThatThrownBy(() -> journal.find(new IdempotencyKey("other"))).hasMessageContaining("it holds key " + key);
    }

    @Test
    void entries_listsEveryEntryOldestFirstAndIgnoresLeftoverTempFiles() throws Exception {
        FileSendJournal journal = new FileSendJournal(dir);
        OutboundEmail other = Mails.mail("Other");
        IdempotencyKey otherKey = IdempotencyKey.derive(tenant, other);
        journal.record(JournalEntry.prepared(key, tenant, mail, t0.plusSeconds(5)));
        journal.record(JournalEntry.prepared(otherKey, tenant, other, t0)
                .sending("activity-handoff", PreparedMail.unplanned(other, otherKey), t0)
                .handedOff(9L, "", t0));
        Files.writeString(dir.resolve("." + key + ".json.123.tmp"), "half a write");

        assertThat(journal.entries())
                .extracting(JournalEntry::state)
                .containsExactly(JournalState.HANDED_OFF, JournalState.PREPARED);
    }

    @Test
    void record_whenSending_keepsTheBytesBeforeTheStrategyIsCalled() {
        byte[] eml = "Message-ID: <x@y.example>\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        JournalEntry sending = JournalEntry.prepared(key, tenant, mail, t0)
                .sending("smtp-relay", new PreparedMail(mail, key, "<x@y.example>", eml), t0);

        new FileSendJournal(dir).record(sending);

        assertThat(dir.resolve(key + ".eml")).hasBinaryContent(eml);
        assertThat(new FileSendJournal(dir).find(key).orElseThrow().mime()).isEqualTo(eml);
    }

    @Test
    void find_whenAnEarlierVersionWroteTheFile_readsItWithoutATenant() throws Exception {
        Files.writeString(dir.resolve("k1.json"), EARLIER_VERSION_ENTRY);

        JournalEntry entry =
                new FileSendJournal(dir).find(new IdempotencyKey("k1")).orElseThrow();

        assertThat(entry.unassigned()).isTrue();
        assertThat(entry.state()).isEqualTo(JournalState.ARCHIVED);
        assertThat(entry.email().subject()).isEqualTo("Angebot");
    }

    @Test
    void unassigned_readsTheEarlierVersionsFlatFolderButNotTheTenantFolders() throws Exception {
        Path outbox = dir.resolve("outbox");
        Path tenantFolder = outbox.resolve(tenant.value());
        Files.createDirectories(tenantFolder);
        Files.writeString(outbox.resolve("k1.json"), EARLIER_VERSION_ENTRY);
        FileSendJournal journal = new FileSendJournal(new JournalLocation(tenantFolder, outbox), true);
        journal.record(JournalEntry.prepared(key, tenant, mail, t0));

        assertThat(journal.unassigned()).extracting(e -> e.key().value()).containsExactly("k1");
        assertThat(journal.findUnassigned(new IdempotencyKey("k1"))).isPresent();
        assertThat(journal.findUnassigned(key)).isEmpty();
        assertThat(journal.entries()).extracting(JournalEntry::key).containsExactly(key);
    }

    @Test
    void assign_movesTheEntryIntoTheTenantsFolderAndOnlyThenRemovesTheOldFile() throws Exception {
        Path outbox = dir.resolve("outbox");
        Path tenantFolder = outbox.resolve(tenant.value());
        Files.createDirectories(outbox);
        Files.writeString(outbox.resolve("k1.json"), EARLIER_VERSION_ENTRY);
        FileSendJournal journal = new FileSendJournal(new JournalLocation(tenantFolder, outbox), true);
        JournalEntry earlier = journal.unassigned().get(0);

        journal.assign(earlier.assignedTo(tenant, t0));

        assertThat(outbox.resolve("k1.json")).doesNotExist();
        JournalEntry moved = journal.find(new IdempotencyKey("k1")).orElseThrow();
        assertThat(moved.tenant()).isEqualTo(tenant);
        assertThat(moved.state()).isEqualTo(JournalState.ARCHIVED);
        assertThat(journal.unassigned()).isEmpty();
    }

    @Test
    void open_dryRunOnAMissingTenantFolder_stillReadsTheEarlierVersionsFolderAndCreatesNothing() throws Exception {
        Path outbox = dir.resolve("outbox");
        Files.createDirectories(outbox);
        Files.writeString(outbox.resolve("k1.json"), EARLIER_VERSION_ENTRY);
        Path tenantFolder = outbox.resolve(tenant.value());

        FileSendJournal journal = new FileSendJournal(new JournalLocation(tenantFolder, outbox), false);

        assertThat(journal.entries()).isEmpty();
        assertThat(journal.unassigned()).hasSize(1);
        assertThat(tenantFolder).doesNotExist();
        assertThatThrownBy(() -> journal.record(JournalEntry.prepared(key, tenant, mail, t0)))
                .isInstanceOf(IllegalStateException.class);
    }

    /** An entry as the version before issue 13 wrote it: format 1, no tenant. */
    private static final String EARLIER_VERSION_ENTRY = """
            {"version":1,"key":"k1","state":"ARCHIVED","email":{"repAssociateId":5,"repName":"Anna Vertrieb",
             "repEmail":"anna@roboplanet.example","personId":380,"recipientName":"Bob Kunde",
             "recipientEmail":"bob@customer.example","contactId":67,"saleId":12,"subject":"Angebot",
             "textBody":"Hallo","htmlBody":null},"strategy":"smtp-relay","messageId":"<k1@roboplanet.example>",
             "emlFile":null,"emlSha256":null,"documentId":900,"taskId":null,"attempts":[],"note":"",
             "updatedAt":"2026-10-01T10:00:00Z"}
            """;

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
