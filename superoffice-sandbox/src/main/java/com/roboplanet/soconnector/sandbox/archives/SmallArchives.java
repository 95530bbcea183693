package com.roboplanet.soconnector.sandbox.archives;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roboplanet.soconnector.sandbox.StoredAppointment;
import com.roboplanet.soconnector.sandbox.StoredDocument;
import com.roboplanet.soconnector.sandbox.entities.Associate;
import com.roboplanet.soconnector.sandbox.entities.Catalog;
import com.roboplanet.soconnector.sandbox.entities.Customers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The archives besides FindSale: {@code GET Person} (FindPerson), {@code GET Archive/InternalUsers}, {@code GET
 * Document} and {@code GET Appointment} (FindAppointment), with the column names of SuperOffice's archive provider
 * reference (a subset).
 */
final class SmallArchives {
    private SmallArchives() {}

    /** One column: its exact name, its type, and how a record gives its raw value. */
    private record Column<T>(String name, ColumnType type, Function<T, Object> value) {}

    static EntityArchive persons(Customers customers, ObjectMapper json) {
        List<Column<Customers.Person>> columns = List.of(
                new Column<>("personId", ColumnType.INT, Customers.Person::personId),
                new Column<>("firstName", ColumnType.STRING, Customers.Person::firstName),
                new Column<>("lastName", ColumnType.STRING, Customers.Person::lastName),
                new Column<>("fullName", ColumnType.STRING, Customers.Person::fullName),
                new Column<>("email/emailAddress", ColumnType.STRING, Customers.Person::email),
                new Column<>("contactId", ColumnType.INT, Customers.Person::contactId),
                new Column<>("personContact/contactId", ColumnType.INT, Customers.Person::contactId),
                new Column<>(
                        "personContact/name",
                        ColumnType.STRING,
                        p -> customers
                                .customer(p.contactId())
                                .map(Customers.Customer::name)
                                .orElse("")));
        Supplier<List<Customers.Person>> all = () -> {
            List<Customers.Person> persons = new ArrayList<>();
            for (int id = 1; id <= 2 * customers.count(); id++)
                customers.person(id).ifPresent(persons::add);
            return persons;
        };
        return archive("FindPerson", "person", columns, all, json);
    }

    static EntityArchive internalUsers(ObjectMapper json) {
        List<Column<Associate>> columns = List.of(
                new Column<>("associateDbId", ColumnType.INT, Associate::associateId),
                new Column<>("assocName", ColumnType.STRING, Associate::initials),
                new Column<>("firstName", ColumnType.STRING, Associate::firstName),
                new Column<>("lastName", ColumnType.STRING, Associate::lastName),
                new Column<>("fullName", ColumnType.STRING, Associate::fullName),
                new Column<>("personId", ColumnType.INT, Associate::personId),
                new Column<>("personEmail", ColumnType.STRING, Associate::email),
                new Column<>("isActive", ColumnType.BOOL, a -> true));
        return archive("InternalUsers", "associate", columns, () -> Catalog.ASSOCIATES, json);
    }

    static EntityArchive documents(Supplier<List<StoredDocument>> storedDocuments, ObjectMapper json) {
        List<Column<StoredDocument>> columns = List.of(
                new Column<>("documentId", ColumnType.INT, StoredDocument::documentId),
                new Column<>("name", ColumnType.STRING, StoredDocument::name),
                new Column<>("subject", ColumnType.STRING, StoredDocument::header),
                new Column<>("contactId", ColumnType.INT, StoredDocument::contactId),
                new Column<>("personId", ColumnType.INT, StoredDocument::personId),
                new Column<>("saleId", ColumnType.INT, StoredDocument::saleId));
        return archive("Document", "document", columns, storedDocuments, json);
    }

    /**
     * FindAppointment over the follow-ups created in this run: {@code text} is the description (the archive's "Text:
     * Displays a descriptive text for the item"), {@code associateId} takes {@code associateIsOneOf} like FindSale's.
     */
    static EntityArchive appointments(Supplier<List<StoredAppointment>> storedAppointments, ObjectMapper json) {
        List<Column<StoredAppointment>> columns = List.of(
                new Column<>("appointmentId", ColumnType.INT, StoredAppointment::appointmentId),
                new Column<>("text", ColumnType.STRING, StoredAppointment::description),
                new Column<>("associateId", ColumnType.ASSOCIATE, a -> (long) a.associateId()),
                new Column<>("contactId", ColumnType.LIST, a -> (long) a.contactId()),
                new Column<>("personId", ColumnType.LIST, a -> (long) a.personId()),
                new Column<>("saleId", ColumnType.INT, StoredAppointment::saleId));
        return archive("FindAppointment", "appointment", columns, storedAppointments, json);
    }

    /** The first column is the primary key. */
    private static <T> EntityArchive archive(
            String provider, String entity, List<Column<T>> columns, Supplier<List<T>> records, ObjectMapper json) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        columns.forEach(c -> types.put(c.name(), c.type()));
        Supplier<List<Map<String, Object>>> rows = () -> records.get().stream()
                .map(record -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    columns.forEach(c -> row.put(c.name(), c.value().apply(record)));
                    return row;
                })
                .toList();
        return new EntityArchive(provider, entity, columns.get(0).name(), types, rows, json);
    }
}
