package com.roboplanet.soconnector.domain.fakes;

import com.roboplanet.soconnector.domain.model.Addressee;
import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import com.roboplanet.soconnector.domain.model.DirectoryUser;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.model.Recipient;
import com.roboplanet.soconnector.domain.model.Rep;
import com.roboplanet.soconnector.domain.model.SaleRef;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException.Kind;
import com.roboplanet.soconnector.domain.port.out.PersonQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rep (Anna, associate 5), two customers' persons (Bob at Hotel Adler, 380; Carla at Gasthaus Sonne, 381) and a
 * sale of each (12, 13); person {@value #UNREACHABLE_PERSON} fails as if the CRM were down.
 */
public final class FakeCrmDirectory implements CrmDirectory {
    public static final Rep ANNA = Mails.rep();
    public static final Addressee BOB = addressee(380, "Bob", "Kunde", "bob@customer.example", 67, "Hotel Adler");
    public static final Addressee CARLA = addressee(381, "Carla", "Weiss", "carla@sonne.example", 68, "Gasthaus Sonne");
    public static final SaleRef BOB_SALE = new SaleRef(12, 67, "2xOmnie CD-01");
    public static final SaleRef CARLA_SALE = new SaleRef(13, 68, "BellaBot");
    public static final String UNREACHABLE_PERSON = "503";

    private final Map<String, Addressee> people = new LinkedHashMap<>();

    public FakeCrmDirectory() {
        for (Addressee a : List.of(BOB, CARLA)) {
            people.put(Long.toString(a.recipient().personId()), a);
            people.put(a.recipient().email().value(), a);
        }
    }

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
    public SaleRef sale(long saleId) {
        for (SaleRef s : List.of(BOB_SALE, CARLA_SALE)) {
            if (s.saleId() == saleId) {
                return s;
            }
        }
        throw new CrmDirectoryException(Kind.NOT_FOUND, "no sale with id " + saleId, null);
    }

    /** Anna, and Max (associate 6), whose person card has no address. */
    @Override
    public List<DirectoryUser> users() {
        return List.of(
                new DirectoryUser(ANNA.associateId(), ANNA.name(), ANNA.email().value()),
                new DirectoryUser(6, "Max Mustermann", ""));
    }

    /** Bob and Carla, by the query's company and address. */
    @Override
    public List<DirectoryPerson> persons(PersonQuery query) {
        return List.of(BOB, CARLA).stream()
                .filter(a -> query.contactId() == null || a.contactId() == query.contactId())
                .filter(a -> query.email() == null
                        || a.recipient()
                                .email()
                                .value()
                                .equalsIgnoreCase(query.email().value()))
                .limit(query.limit())
                .map(a -> new DirectoryPerson(
                        a.recipient().personId(),
                        a.recipient().name(),
                        a.recipient().email().value(),
                        a.contactId(),
                        a.contactName()))
                .toList();
    }

    @Override
    public Set<String> templateFields() {
        return BOB.fields().keySet();
    }

    private static Addressee addressee(
            long personId, String first, String last, String email, long contactId, String company) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person.firstName", first);
        fields.put("person.lastName", last);
        fields.put("person.fullName", first + " " + last);
        fields.put("contact.name", company);
        return new Addressee(
                new Recipient(personId, first + " " + last, new EmailAddress(email)), contactId, company, fields);
    }
}
