package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reps from the InternalUsers archive (one read per run, paged by associate id through {@link KeysetPager}, cached: a
 * batch asks for the same rep many times),
 * persons from the FindPerson archive (by address, by company, paged by person id) and {@code Person/{id}}, sales from
 * {@code Sale/{id}}.
 */
final class SuperOfficeDirectory implements CrmDirectory {
    private static final int PAGE = 500;
    private static final KeysetPager.Key USER_KEY = KeysetPager.Key.ascending("associateDbId");
    private static final KeysetPager.Key PERSON_KEY = KeysetPager.Key.ascending("personId");
    private static final List<String> PERSON_COLUMNS =
            List.of("personId", "fullName", "email/emailAddress", "personContact/contactId", "personContact/name");

    private final SuperOfficeApi api;
    private List<JsonNode> users;

    SuperOfficeDirectory(SuperOfficeApi api) {
        this.api = api;
    }

    @Override
    public Rep rep(String idOrEmail) {
        String wanted = idOrEmail.strip();
        List<JsonNode> matches = new ArrayList<>();
        boolean byId = wanted.matches("\\d{1,18}");
        EmailAddress email = byId ? null : address(wanted, "--rep");
        for (JsonNode user : call(this::userRows)) {
            boolean hit = byId
                    ? user.path("PrimaryKey").asText().equals(wanted)
                    : sameAddress(user.path("personEmail").asText(), email);
            if (hit) matches.add(user);
        }
        if (matches.isEmpty()) {
            throw new CrmDirectoryException(
                    Kind.NOT_FOUND,
                    "no SuperOffice user has " + (byId ? "associate id " : "the e-mail address ") + wanted
                            + " (looked up in Archive/InternalUsers)",
                    null);
        }
        if (matches.size() > 1) {
            throw new CrmDirectoryException(
                    Kind.AMBIGUOUS,
                    matches.size() + " SuperOffice users have the e-mail address " + wanted + " (associates "
                            + String.join(", ", keys(matches)) + "); give the associate id with --rep",
                    null);
        }
        JsonNode user = matches.get(0);
        long associateId = Long.parseLong(user.path("PrimaryKey").asText());
        String name = user.path("fullName").asText("").strip();
        String address = user.path("personEmail").asText("").strip();
        if (address.isEmpty()) {
            throw new CrmDirectoryException(
                    Kind.NOT_FOUND,
                    "SuperOffice user " + associateId + " (" + name + ") has no e-mail address; add one to their"
                            + " person card",
                    null);
        }
        return new Rep(associateId, name, address(address, "e-mail of associate " + associateId));
    }

    @Override
    public Addressee addressee(String personIdOrEmail) {
        String wanted = personIdOrEmail.strip();
        if (wanted.matches("\\d{1,18}")) {
            return addressee(Long.parseLong(wanted), null);
        }
        EmailAddress email = address(wanted, "--to");
        List<JsonNode> rows = new ArrayList<>();
        for (String form : lookupForms(email)) {
            if (form.indexOf('\'') >= 0) {
                throw new CrmDirectoryException(
                        Kind.NOT_FOUND,
                        "cannot look up an address with an apostrophe in SuperOffice's archive filter; give the person"
                                + " id",
                        null);
            }
            ArchiveQuery query = new ArchiveQuery(
                    List.of("personId", "fullName", "email/emailAddress"),
                    "email/emailAddress eq '" + form + "'",
                    "personId asc",
                    10,
                    0);
            rows.addAll(call(() -> api.findPersons(query).rows()));
        }
        List<String> ids = keys(rows).stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new CrmDirectoryException(
                    Kind.NOT_FOUND, "no SuperOffice person has the e-mail address " + email.value(), null);
        }
        if (ids.size() > 1) {
            throw new CrmDirectoryException(
                    Kind.AMBIGUOUS,
                    ids.size() + " SuperOffice persons have the e-mail address " + email.value() + " (persons "
                            + String.join(", ", ids) + "); give the person id with --to",
                    null);
        }
        return addressee(Long.parseLong(ids.get(0)), storedForm(rows, email));
    }

    /**
     * A CRM may hold an international address in its Unicode form ({@code einkauf@bäckerei-kunz.de}) or its ASCII
     * form ({@code einkauf@xn--bckerei-kunz-gcb.de}); people type either. Both are asked for; a plain address is
     * asked for as typed.
     */
    private static List<String> lookupForms(EmailAddress email) {
        if (email.domain().equals(email.unicodeDomain())) {
            return List.of(email.value());
        }
        return List.of(email.unicode(), email.ascii());
    }

    /**
     * The spelling the CRM holds for an international address, so that typing either form gives the same mail (and
     * the same idempotency key); a plain address stays as typed.
     */
    private static EmailAddress storedForm(List<JsonNode> rows, EmailAddress typed) {
        if (lookupForms(typed).size() == 1) {
            return typed;
        }
        for (JsonNode row : rows) {
            String stored = row.path("email/emailAddress").asText("").strip();
            if (sameAddress(stored, typed)) {
                return EmailAddress.parse(
                        stored, "e-mail of person " + row.path("PrimaryKey").asText());
            }
        }
        return typed;
    }

    /** Same mailbox: the domains compared in their ASCII form, everything case-insensitively as before. */
    private static boolean sameAddress(String stored, EmailAddress wanted) {
        try {
            return EmailAddress.parse(stored, "stored e-mail").ascii().equalsIgnoreCase(wanted.ascii());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Addressee addressee(long personId, EmailAddress requested) {
        JsonNode person = call(() -> api.personEntity(personId))
                .orElseThrow(
                        () -> new CrmDirectoryException(Kind.NOT_FOUND, "SuperOffice has no person " + personId, null));
        String fullName = text(person, "FullName");
        EmailAddress email = requested != null ? requested : firstEmail(person, personId, fullName);
        JsonNode contact = person.path("Contact");
        long contactId = contact.path("ContactId").asLong(0);
        if (contactId <= 0) {
            throw new CrmDirectoryException(
                    Kind.NOT_FOUND,
                    "person " + personId + " (" + fullName + ") belongs to no company; a mail must be linked to a"
                            + " customer",
                    null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person.id", Long.toString(personId));
        fields.put("person.firstName", text(person, "Firstname"));
        fields.put("person.lastName", text(person, "Lastname"));
        fields.put("person.fullName", fullName);
        fields.put("person.title", text(person, "Title"));
        fields.put("person.mrmrs", text(person, "Mrmrs"));
        fields.put("person.email", email.value());
        fields.put("contact.id", Long.toString(contactId));
        fields.put("contact.name", text(contact, "Name"));
        fields.put("contact.department", text(contact, "Department"));
        fields.put("contact.city", text(contact, "City"));
        return new Addressee(new Recipient(personId, fullName, email), contactId, fields.get("contact.name"), fields);
    }

    private static EmailAddress firstEmail(JsonNode person, long personId, String fullName) {
        for (JsonNode element : person.path("Emails")) {
            String value = element.path("Value").asText("").strip();
            if (!value.isEmpty()) {
                return address(value, "e-mail of person " + personId);
            }
        }
        throw new CrmDirectoryException(
                Kind.NOT_FOUND,
                "person " + personId + " (" + fullName + ") has no e-mail address in SuperOffice",
                null);
    }

    /** Every field {@link #addressee} fills, whatever the person. */
    static final Set<String> FIELDS = Set.of(
            "person.id",
            "person.firstName",
            "person.lastName",
            "person.fullName",
            "person.title",
            "person.mrmrs",
            "person.email",
            "contact.id",
            "contact.name",
            "contact.department",
            "contact.city");

    @Override
    public Set<String> templateFields() {
        return FIELDS;
    }

    @Override
    public SaleRef sale(long saleId) {
        JsonNode sale = call(() -> api.saleEntity(saleId))
                .orElseThrow(
                        () -> new CrmDirectoryException(Kind.NOT_FOUND, "SuperOffice has no sale " + saleId, null));
        return new SaleRef(saleId, sale.path("Contact").path("ContactId").asLong(0), text(sale, "Heading"));
    }

    @Override
    public List<DirectoryUser> users() {
        return call(this::userRows).stream()
                .map(row -> new DirectoryUser(
                        Long.parseLong(row.path("PrimaryKey").asText()),
                        row.path("fullName").asText(""),
                        row.path("personEmail").asText("")))
                .toList();
    }

    /**
     * The FindPerson archive, paged by person id through {@link KeysetPager} up to the limit; an international address
     * is looked up in both its forms (the pager's filters take no {@code or}), the answers merged by person id.
     */
    @Override
    public List<DirectoryPerson> persons(PersonQuery query) {
        List<String> filters = new ArrayList<>();
        String company = query.contactId() == null ? "" : "personContact/contactId eq " + query.contactId();
        if (query.email() == null) {
            filters.add(company);
        } else {
            for (String form : lookupForms(query.email())) {
                if (form.indexOf('\'') >= 0) {
                    throw new CrmDirectoryException(
                            Kind.NOT_FOUND,
                            "cannot look up an address with an apostrophe in SuperOffice's archive filter",
                            null);
                }
                String byEmail = "email/emailAddress eq '" + form + "'";
                filters.add(company.isEmpty() ? byEmail : company + " and " + byEmail);
            }
        }
        TreeMap<Long, DirectoryPerson> found = new TreeMap<>();
        for (String filter : filters) {
            KeysetPager pager = new KeysetPager(PERSON_COLUMNS, filter, PERSON_KEY, Math.min(query.limit(), PAGE));
            call(() -> {
                long wanted = query.limit();
                while (wanted > 0) {
                    Optional<ArchiveQuery> next = pager.next(wanted);
                    if (next.isEmpty()) {
                        break;
                    }
                    for (JsonNode row : pager.accept(api.findPersons(next.get()))) {
                        DirectoryPerson person = person(row);
                        found.putIfAbsent(person.personId(), person);
                        wanted--;
                    }
                }
                return found;
            });
        }
        return found.values().stream().limit(query.limit()).toList();
    }

    private static DirectoryPerson person(JsonNode row) {
        return new DirectoryPerson(
                Long.parseLong(row.path("PrimaryKey").asText()),
                row.path("fullName").asText(""),
                row.path("email/emailAddress").asText(""),
                row.path("personContact/contactId").asLong(0),
                row.path("personContact/name").asText(""));
    }

    private synchronized List<JsonNode> userRows() {
        if (users == null) {
            List<JsonNode> all = new ArrayList<>();
            KeysetPager.Facts facts = KeysetPager.readAll(
                    new KeysetPager(List.of("associateDbId", "fullName", "personEmail"), "", USER_KEY, PAGE),
                    api::internalUsers,
                    (row, route) -> all.add(row));
            KeysetPager.log("InternalUsers", facts);
            users = List.copyOf(all);
        }
        return users;
    }

    private static List<String> keys(List<JsonNode> rows) {
        return rows.stream().map(row -> row.path("PrimaryKey").asText()).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText().strip() : "";
    }

    private static EmailAddress address(String value, String field) {
        try {
            return EmailAddress.parse(value, field);
        } catch (IllegalArgumentException e) {
            throw new CrmDirectoryException(Kind.NOT_FOUND, e.getMessage(), e);
        }
    }

    /** Runs a lookup and turns the adapter's failure into the port's, keeping the one-line message. */
    static <T> T call(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (SuperOfficeApiException e) {
            throw new CrmDirectoryException(kindOf(e), e.getMessage(), e);
        }
    }

    private static Kind kindOf(SuperOfficeApiException e) {
        return switch (e.failure()) {
            case AUTHENTICATION -> Kind.ACCESS_DENIED;
            case UNAVAILABLE, CONFIGURATION -> Kind.UNAVAILABLE;
            case BAD_RESPONSE -> Kind.BAD_RESPONSE;
            case NOT_PERMITTED -> Kind.NOT_PERMITTED;
            case REJECTED -> Kind.BAD_RESPONSE;
        };
    }
}
