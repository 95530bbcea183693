package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.MailArchiveException;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.StoredAppointment;
import com.roboplanet.soconnector.sandbox.StoredDocument;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sending side against the sandbox: lookups, the two SuperOffice strategies and the mail archive. */
class SendingIT {
    private static SuperOfficeSandbox restricted;
    private static SuperOfficeConnection connection;

    @BeforeAll
    static void start() {
        restricted = SandboxFixture.start(
                SandboxOptions.builder().port(0).salesCount(50).build());
        connection = connect(restricted);
    }

    @AfterAll
    static void stop() {
        connection.close();
        restricted.close();
    }

    private static SuperOfficeConnection connect(SuperOfficeSandbox sandbox) {
        return SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, 500), Clock.systemUTC(), new RecordingSleeper());
    }

    private static OutboundEmail mail(SuperOfficeConnection c, String subject, String body) {
        Rep rep = c.directory().rep("2");
        Addressee to = c.directory().addressee("3");
        return new OutboundEmail(rep, to.recipient(), to.contactId(), null, subject, body, null);
    }

    @Test
    void rep_byIdAndByEmail_findTheSameAssociate() {
        Rep byId = connection.directory().rep("2");
        Rep byEmail = connection.directory().rep(byId.email().value().toUpperCase(Locale.ROOT));
        assertThat(byEmail).isEqualTo(byId);
        assertThat(byId.associateId()).isEqualTo(2);
        assertThat(byId.name()).isNotBlank();
    }

    @Test
    void rep_unknown_failsNotFoundNamingTheLookup() {
        assertThatThrownBy(() -> connection.directory().rep("nobody@roboplanet.example"))
                .isInstanceOfSatisfying(
                        CrmDirectoryException.class,
                        e -> assertThat(e.kind()).isEqualTo(CrmDirectoryException.Kind.NOT_FOUND))
                .hasMessageContaining("nobody@roboplanet.example")
                .hasMessageContaining("InternalUsers");
        assertThatThrownBy(() -> connection.directory().rep("99"))
                .isInstanceOf(CrmDirectoryException.class)
                .hasMessageContaining("associate id 99");
    }

    @Test
    void addressee_byIdAndByEmail_carryContactAndTemplateFields() {
        Addressee byId = connection.directory().addressee("3");
        Addressee byEmail =
                connection.directory().addressee(byId.recipient().email().value());
        assertThat(byEmail).isEqualTo(byId);
        assertThat(byId.contactId()).isEqualTo(2);
        assertThat(byId.fields())
                .containsEntry("person.email", byId.recipient().email().value())
                .containsEntry("contact.name", byId.contactName())
                .containsKeys("person.firstName", "person.lastName", "contact.city");
        assertThat(byId.contactName()).isNotBlank();
    }

    /** Issue 13: a CRM may hold either form of an international address, so the lookup asks for both. */
    @Test
    void addressee_byInternationalEmail_asksForTheUnicodeAndTheAsciiForm() {
        restricted.requestLog().clear();

        assertThatThrownBy(() -> connection.directory().addressee("Einkauf@Bäckerei-Kunz.example"))
                .isInstanceOfSatisfying(
                        CrmDirectoryException.class,
                        e -> assertThat(e.kind()).isEqualTo(CrmDirectoryException.Kind.NOT_FOUND))
                .hasMessageContaining("Einkauf@Bäckerei-Kunz.example");

        assertThat(restricted.requestLog().entries())
                .filteredOn(r -> r.path().endsWith("/v1/Person"))
                .extracting(r -> URLDecoder.decode(r.query(), StandardCharsets.UTF_8))
                .satisfiesExactly(
                        q -> assertThat(q).contains("email/emailAddress eq 'Einkauf@bäckerei-kunz.example'"),
                        q -> assertThat(q).contains("email/emailAddress eq 'Einkauf@xn--bckerei-kunz-gcb.example'"));
    }

    @Test
    void addressee_unknownPerson_failsNotFound() {
        assertThatThrownBy(() -> connection.directory().addressee("999999"))
                .isInstanceOfSatisfying(
                        CrmDirectoryException.class,
                        e -> assertThat(e.kind()).isEqualTo(CrmDirectoryException.Kind.NOT_FOUND))
                .hasMessageContaining("999999");
    }

    @Test
    void sale_readsHeadingAndCustomer() {
        var sale = connection.directory().sale(342243 - 1242);
        assertThat(sale.saleId()).isEqualTo(341001);
        assertThat(sale.heading()).isNotBlank();
    }

    @Test
    void emailAgent_onRestrictedTenant_isNotGrantedWithTheFix() {
        SendOutcome outcome = send(connection.emailAgent(), mail(connection, "Angebot", "Hallo"), "k1");
        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.NotGranted.class, n -> {
            assertThat(n.reason()).contains("401").contains("Agents/EMail/Send");
            assertThat(n.fix()).contains("app is registered");
        });
        assertThat(restricted.sentMails()).isEmpty();
    }

    @Test
    void emailAgent_onFullTenant_sendsFromTheRepToThePerson() {
        try (SuperOfficeSandbox full = SandboxFixture.start(SandboxOptions.builder()
                        .port(0)
                        .salesCount(50)
                        .profile(Profile.FULL)
                        .build());
                SuperOfficeConnection c = connect(full)) {
            OutboundEmail email = mail(c, "Ihr Angebot", "Hallo,\nanbei.");
            SendOutcome outcome = send(c.emailAgent(), email, "k2");
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            SendOutcome.Sent.class,
                            s -> assertThat(s.messageId())
                                    .isEqualTo("<k2@" + email.rep().email().domain() + ">"));
            assertThat(full.sentMails()).singleElement().satisfies(m -> {
                assertThat(m.from()).isEqualTo(email.rep().email().value());
                assertThat(m.to()).containsExactly(email.recipient().email().value());
                assertThat(m.subject()).isEqualTo("Ihr Angebot");
            });
        }
    }

    @Test
    void archive_storesTheExactBytesOnceLinkedToContactPersonRepAndSale() {
        OutboundEmail base = mail(connection, "Archiv", "Text");
        OutboundEmail email =
                new OutboundEmail(base.rep(), base.recipient(), base.contactId(), 341001L, "Archiv", "Text", null);
        byte[] eml = "Message-ID: <a1@x>\r\nSubject: Archiv\r\n\r\nText\r\n".getBytes(StandardCharsets.US_ASCII);
        var archive = connection.mailArchive(SuperOfficeMailSettings.fromTenantLists());
        long first = archive.archive(email, "<a1@x>", eml);
        long again = archive.archive(email, "<a1@x>", eml);
        assertThat(again).isEqualTo(first);
        List<StoredDocument> stored = restricted.documents().stream()
                .filter(d -> d.documentId() == first)
                .toList();
        assertThat(stored).singleElement().satisfies(d -> {
            assertThat(d.content()).isEqualTo(eml);
            assertThat(d.header()).isEqualTo("Archiv");
            assertThat(d.name()).isEqualTo(SuperOfficeMailArchive.fileName("<a1@x>"));
            assertThat(d.templateId()).isEqualTo(3);
            assertThat(d.contactId()).isEqualTo(email.contactId());
            assertThat(d.personId()).isEqualTo(email.recipient().personId());
            assertThat(d.associateId()).isEqualTo(email.rep().associateId());
            assertThat(d.saleId()).isEqualTo(341001);
        });
        assertThat(restricted.documents().stream()
                        .filter(d -> d.name().equals(stored.get(0).name())))
                .hasSize(1);
    }

    @Test
    void archive_withATemplateIdNotInTheList_failsBeforeCreatingAnything() {
        int before = restricted.documents().size();
        var archive = connection.mailArchive(new SuperOfficeMailSettings(77L, null));
        assertThatThrownBy(() -> archive.archive(mail(connection, "X", "Y"), "<a2@x>", new byte[] {1}))
                .isInstanceOf(MailArchiveException.class)
                .hasMessageContaining("SO_MAIL_TEMPLATE_ID 77");
        assertThat(restricted.documents()).hasSize(before);
    }

    @Test
    void handoff_createsATaskForTheRepWithAWorkingMailtoLink() {
        OutboundEmail email = mail(connection, "Rückfrage & Termin", "Hallo Frau Müller,\nbis bald.");
        SendOutcome outcome = send(connection.activityHandoff(SuperOfficeMailSettings.fromTenantLists()), email, "h1");
        assertThat(outcome).isInstanceOf(SendOutcome.HandedOff.class);
        long id = ((SendOutcome.HandedOff) outcome).taskId();
        StoredAppointment task = restricted.appointments().stream()
                .filter(a -> a.appointmentId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(task.associateId()).isEqualTo(email.rep().associateId());
        assertThat(task.contactId()).isEqualTo(email.contactId());
        assertThat(task.personId()).isEqualTo(email.recipient().personId());
        assertThat(task.type()).isEqualTo("inChecklist");
        assertThat(task.description()).contains("Rückfrage & Termin").contains("bis bald.");
        String link = task.description()
                .substring(task.description().indexOf("mailto:"))
                .strip();
        assertThat(link).doesNotContain(" ", "\n", "&Termin");
        String query = link.substring(link.indexOf('?') + 1);
        assertThat(URLDecoder.decode(query.split("&")[0].substring("subject=".length()), StandardCharsets.UTF_8))
                .isEqualTo("Rückfrage & Termin");
        assertThat(URLDecoder.decode(query.split("&")[1].substring("body=".length()), StandardCharsets.UTF_8))
                .isEqualTo("Hallo Frau Müller,\r\nbis bald.");
    }

    @Test
    void handoff_withATaskIdNotInTheList_isNotAvailable() {
        SendOutcome outcome = send(
                connection.activityHandoff(new SuperOfficeMailSettings(null, 4242L)), mail(connection, "X", "Y"), "h2");
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SendOutcome.NotAvailable.class,
                        n -> assertThat(n.reason()).contains("SO_HANDOFF_TASK_ID 4242"));
    }

    /** As the send use case calls a strategy: prepared, then sent. */
    static SendOutcome send(SendStrategy strategy, OutboundEmail email, String key) {
        return strategy.send(strategy.prepare(email, new IdempotencyKey(key)));
    }
}
