package com.roboplanet.soconnector.app;

import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.name.Names;
import com.roboplanet.soconnector.app.crm.CrmModule;
import com.roboplanet.soconnector.app.send.SendModule;
import com.roboplanet.soconnector.domain.fakes.FakeMailArchive;
import com.roboplanet.soconnector.domain.fakes.RecordingSendStrategy;
import com.roboplanet.soconnector.domain.fakes.ScriptedDeliveryCheck;
import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import com.roboplanet.soconnector.domain.model.DirectoryUser;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.Recipient;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SaleRef;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException.Kind;
import com.roboplanet.soconnector.domain.port.out.DeliveryCheck;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.PersonQuery;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SuperOffice side of sending, made of the domain's fakes: a directory with one rep, two customers' persons and
 * their sales, an EMail agent that is not granted (like the first team's tenant), a hand-off that creates tasks, and
 * an archive that keeps what it is given.
 */
public final class FakeSuperOffice {
    public static final Rep ANNA = new Rep(5, "Anna Vertrieb", new EmailAddress("anna@roboplanet.example"));
    public static final Addressee BOB = addressee(380, "Bob", "Kunde", "bob@customer.example", 67, "Hotel Adler");
    public static final Addressee CARLA = addressee(381, "Carla", "Weiss", "carla@sonne.example", 68, "Gasthaus Sonne");
    public static final SaleRef BOB_SALE = new SaleRef(12, 67, "2xOmnie CD-01");
    public static final SaleRef CARLA_SALE = new SaleRef(13, 68, "BellaBot");
    /** Looking this person up fails as if SuperOffice were down. */
    public static final String UNREACHABLE_PERSON = "503";

    public final RecordingSendStrategy emailAgent = new RecordingSendStrategy("email-agent");
    public final RecordingSendStrategy handoff = new RecordingSendStrategy("activity-handoff");
    public final FakeMailArchive archive = new FakeMailArchive();
    public final ScriptedDeliveryCheck deliveryCheck = new ScriptedDeliveryCheck();
    /** A relay that renders bytes and sends them, bound only after {@link #relaying()}. */
    public final RecordingSendStrategy relay = RecordingSendStrategy.sending("smtp-relay");

    private boolean relaying;
    public final List<ProbeRow> probeRows = new ArrayList<>();
    private final Map<String, Addressee> people = new LinkedHashMap<>();
    private final Directory directory = new Directory();
    private long nextTask = 7000;

    public FakeSuperOffice() {
        for (Addressee a : List.of(BOB, CARLA)) {
            people.put(Long.toString(a.recipient().personId()), a);
            people.put(a.recipient().email().value(), a);
        }
    }

    /** The EMail agent answers "not granted" to every mail; the hand-off creates a task for each. */
    public static FakeSuperOffice restricted() {
        FakeSuperOffice fake = new FakeSuperOffice();
        for (int i = 0; i < 50; i++) {
            fake.emailAgent.then(new SendOutcome.NotGranted(
                    "HTTP 401 from Agents/EMail/Send", "request the EMail agent at app registration"));
            fake.handoff.then(new SendOutcome.HandedOff(fake.nextTask++));
        }
        return fake;
    }

    /** From now on {@link #module()} also binds {@link #relay} as the smtp-relay strategy. */
    public FakeSuperOffice relaying() {
        relaying = true;
        return this;
    }

    /** Binds this fake as the SuperOffice side of sending and probing for {@link CliRun}. */
    public Module module() {
        return binder -> {
            binder.bind(CrmDirectory.class).toInstance(directory);
            binder.bind(MailArchive.class).toInstance(archive);
            binder.bind(DeliveryCheck.class).toInstance(deliveryCheck);
            binder.bind(SendModule.key(SendStrategyName.EMAIL_AGENT)).toInstance(emailAgent);
            binder.bind(SendModule.key(SendStrategyName.ACTIVITY_HANDOFF)).toInstance(handoff);
            if (relaying) {
                binder.bind(SendModule.key(SendStrategyName.SMTP_RELAY)).toInstance(relay);
            }
            binder.bind(Key.get(CapabilityProbe.class, Names.named(CrmModule.PROBE)))
                    .toInstance(() -> List.copyOf(probeRows));
        };
    }

    private static Addressee addressee(
            long personId, String first, String last, String email, long contactId, String company) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person.firstName", first);
        fields.put("person.lastName", last);
        fields.put("person.fullName", first + " " + last);
        fields.put("person.title", "");
        fields.put("person.email", email);
        fields.put("contact.name", company);
        fields.put("contact.department", "");
        fields.put("contact.city", "München");
        return new Addressee(
                new Recipient(personId, first + " " + last, new EmailAddress(email)), contactId, company, fields);
    }

    private final class Directory implements CrmDirectory {
        @Override
        public Rep rep(String idOrEmail) {
            if (idOrEmail.equals("5") || idOrEmail.equalsIgnoreCase(ANNA.email().value())) {
                return ANNA;
            }
            throw new CrmDirectoryException(Kind.NOT_FOUND, "no sales rep with id or e-mail " + idOrEmail, null);
        }

        @Override
        public Addressee addressee(String personIdOrEmail) {
            if (personIdOrEmail.equals(UNREACHABLE_PERSON)) {
                throw new CrmDirectoryException(Kind.UNAVAILABLE, "SuperOffice answered 503 three times", null);
            }
            Addressee a = people.get(personIdOrEmail);
            if (a == null) {
                throw new CrmDirectoryException(Kind.NOT_FOUND, "no person with id or e-mail " + personIdOrEmail, null);
            }
            return a;
        }

        @Override
        public Set<String> templateFields() {
            return BOB.fields().keySet();
        }

        @Override
        public SaleRef sale(long saleId) {
            for (SaleRef s : List.of(BOB_SALE, CARLA_SALE)) {
                if (s.saleId() == saleId) {
                    return s;
                }
            }
            throw new CrmDirectoryException(Kind.NOT_FOUND, "no sale with id " + saleId, null);
        }

        @Override
        public List<DirectoryUser> users() {
            return List.of(new DirectoryUser(
                    ANNA.associateId(), ANNA.name(), ANNA.email().value()));
        }

        @Override
        public List<DirectoryPerson> persons(PersonQuery query) {
            return people.values().stream()
                    .distinct()
                    .filter(a -> query.contactId() == null || a.contactId() == query.contactId())
                    .limit(query.limit())
                    .map(a -> new DirectoryPerson(
                            a.recipient().personId(),
                            a.recipient().name(),
                            a.recipient().email().value(),
                            a.contactId(),
                            a.contactName()))
                    .toList();
        }
    }
}
