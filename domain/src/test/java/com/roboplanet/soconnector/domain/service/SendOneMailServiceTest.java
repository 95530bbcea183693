package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.FakeCrmDirectory;
import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.InMemorySendJournal;
import com.roboplanet.soconnector.domain.fakes.Mails;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.SendReceipt;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import com.roboplanet.soconnector.domain.port.in.SendOneMailCommand;
import com.roboplanet.soconnector.domain.port.out.JournalLocation;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One mail: inputs checked before the CRM is asked, the same-customer rule, the journal the user named. */
class SendOneMailServiceTest {
    private static final Path BODY = Path.of("body.txt");
    private static final Path HTML = Path.of("body.html");
    private static final JournalLocation OUTBOX = JournalLocation.of(Path.of("outbox"));

    private final RecordingSendStrategy agent = new RecordingSendStrategy("email-agent");
    private final InMemorySendJournal journal = new InMemorySendJournal();
    private final List<String> asked = new ArrayList<>();
    private SendJournals journals = (location, create) -> {
        asked.add("journal " + location.directory() + (create ? "" : " (read only)"));
        return journal;
    };
    private final Map<Path, String> files = Map.of(BODY, "Hallo Bob,\nanbei das Angebot.", HTML, "<p>Hallo Bob</p>");

    @Test
    void send_byIdsWithTheRecipientsSale_composesTheMailAndSendsIt() {
        SendReceipt receipt = send(command("5", "380", 12L, "Angebot Omnie", HTML, false));

        assertThat(receipt.status()).isEqualTo(Status.SENT_AND_ARCHIVED);
        assertThat(agent.calls()).singleElement().satisfies(mail -> {
            assertThat(mail.rep()).isEqualTo(FakeCrmDirectory.ANNA);
            assertThat(mail.recipient()).isEqualTo(FakeCrmDirectory.BOB.recipient());
            assertThat(mail.contactId()).isEqualTo(67);
            assertThat(mail.saleId()).isEqualTo(12L);
            assertThat(mail.textBody()).isEqualTo("Hallo Bob,\nanbei das Angebot.");
            assertThat(mail.htmlBodyIfAny()).contains("<p>Hallo Bob</p>");
        });
        assertThat(asked).containsExactly("directory", "journal outbox");
    }

    @Test
    void send_saleOfAnotherCustomer_isRefusedBeforeAnythingIsSentOrWritten() {
        assertThatThrownBy(() -> send(command("5", "381", 12L, "Angebot", null, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sale 12 (\"2xOmnie CD-01\") belongs to customer 67, but Carla Weiss (person 381) is at"
                        + " customer 68 (Gasthaus Sonne); name a sale of that company or leave out the sale");
        assertThat(agent.calls()).isEmpty();
        assertThat(asked).containsExactly("directory");
    }

    @Test
    void send_subjectEmptyOrWithLineBreak_isRefusedBeforeTheCrmIsAsked() {
        assertThatThrownBy(() -> send(command("5", "380", null, "  ", null, false)))
                .hasMessage("--subject is empty");
        assertThatThrownBy(() -> send(command("5", "380", null, "Hallo\r\nBcc: x@y.example", null, false)))
                .hasMessageStartingWith("--subject contains a line break");
        assertThat(asked).isEmpty();
    }

    @Test
    void send_referenceThatIsNeitherIdNorAddress_isRefusedNamingTheOption() {
        assertThatThrownBy(() -> send(command("5", "bob at customer", null, "x", null, false)))
                .hasMessageStartingWith("--to must be an id (a positive number) or an e-mail address: ");
        assertThatThrownBy(() -> send(command("0", "380", null, "x", null, false)))
                .hasMessageStartingWith("--rep must be an id (a positive number) or an e-mail address: ");
        assertThat(asked).isEmpty();
    }

    @Test
    void send_dryRun_opensTheJournalWithoutCreatingItAndSendsNothing() {
        SendReceipt receipt = send(command("5", "bob@customer.example", null, "x", null, true));

        assertThat(receipt.status()).isEqualTo(Status.DRY_RUN);
        assertThat(asked).containsExactly("directory", "journal outbox (read only)");
        assertThat(agent.calls()).isEmpty();
    }

    @Test
    void send_journalDirectoryUnusable_isInvalidInputNamingIt() {
        journals = (location, create) -> {
            throw new SendJournalException(
                    "cannot create journal directory " + location.directory() + ": it is a file");
        };

        assertThatThrownBy(() -> send(command("5", "380", null, "x", null, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot create journal directory outbox: it is a file");
        assertThat(agent.calls()).isEmpty();
    }

    private SendReceipt send(SendOneMailCommand command) {
        return new SendOneMailService(
                        (file, label) -> files.get(file),
                        () -> {
                            asked.add("directory");
                            return new FakeCrmDirectory();
                        },
                        () -> List.of(agent),
                        FakeMailArchive::new,
                        ScriptedDeliveryCheck::new,
                        journals,
                        Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC))
                .send(command)
                .receipt();
    }

    private static SendOneMailCommand command(
            String rep, String to, Long sale, String subject, Path html, boolean dryRun) {
        return new SendOneMailCommand(rep, to, sale, subject, BODY, html, null, OUTBOX, Mails.tenant(), dryRun, false);
    }
}
