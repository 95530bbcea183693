package com.roboplanet.soconnector.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archives besides FindSale: {@code GET Person} (FindPerson), {@code GET Archive/InternalUsers} and
 * {@code GET Document}, with the column names of SuperOffice's archive provider reference (a subset).
 */
final class SmallArchives {
    private SmallArchives() {}

    static EntityArchive persons(Customers customers, ObjectMapper json) {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("personId", ColumnType.INT);
        columns.put("firstName", ColumnType.STRING);
        columns.put("lastName", ColumnType.STRING);
        columns.put("fullName", ColumnType.STRING);
        columns.put("email/emailAddress", ColumnType.STRING);
        columns.put("contactId", ColumnType.INT);
        columns.put("personContact/contactId", ColumnType.INT);
        columns.put("personContact/name", ColumnType.STRING);
        return new EntityArchive(
                "FindPerson",
                "person",
                "personId",
                columns,
                () -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int id = 1; id <= 2 * customers.count(); id++) {
                        customers.person(id).ifPresent(p -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("personId", p.personId());
                            row.put("firstName", p.firstName());
                            row.put("lastName", p.lastName());
                            row.put("fullName", p.fullName());
                            row.put("email/emailAddress", p.email());
                            row.put("contactId", p.contactId());
                            row.put("personContact/contactId", p.contactId());
                            row.put(
                                    "personContact/name",
                                    customers
                                            .customer(p.contactId())
                                            .map(Customers.Customer::name)
                                            .orElse(""));
                            rows.add(row);
                        });
                    }
                    return rows;
                },
                json);
    }

    static EntityArchive internalUsers(ObjectMapper json) {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("associateDbId", ColumnType.INT);
        columns.put("assocName", ColumnType.STRING);
        columns.put("firstName", ColumnType.STRING);
        columns.put("lastName", ColumnType.STRING);
        columns.put("fullName", ColumnType.STRING);
        columns.put("personId", ColumnType.INT);
        columns.put("personEmail", ColumnType.STRING);
        columns.put("isActive", ColumnType.BOOL);
        return new EntityArchive(
                "InternalUsers",
                "associate",
                "associateDbId",
                columns,
                () -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Associate a : Catalog.ASSOCIATES) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("associateDbId", a.associateId());
                        row.put("assocName", a.initials());
                        row.put("firstName", a.firstName());
                        row.put("lastName", a.lastName());
                        row.put("fullName", a.fullName());
                        row.put("personId", a.personId());
                        row.put("personEmail", a.email());
                        row.put("isActive", true);
                        rows.add(row);
                    }
                    return rows;
                },
                json);
    }

    static EntityArchive documents(Workspace workspace, ObjectMapper json) {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("documentId", ColumnType.INT);
        columns.put("name", ColumnType.STRING);
        columns.put("subject", ColumnType.STRING);
        columns.put("contactId", ColumnType.INT);
        columns.put("personId", ColumnType.INT);
        columns.put("saleId", ColumnType.INT);
        return new EntityArchive(
                "Document",
                "document",
                "documentId",
                columns,
                () -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (StoredDocument d : workspace.storedDocuments()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("documentId", d.documentId());
                        row.put("name", d.name());
                        row.put("subject", d.header());
                        row.put("contactId", d.contactId());
                        row.put("personId", d.personId());
                        row.put("saleId", d.saleId());
                        rows.add(row);
                    }
                    return rows;
                },
                json);
    }
}
