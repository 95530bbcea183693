package com.roboplanet.soconnector.sandbox.archives;

import com.roboplanet.soconnector.sandbox.entities.Catalog;
import com.roboplanet.soconnector.sandbox.entities.Customers;
import com.roboplanet.soconnector.sandbox.entities.QuoteLineRow;
import com.roboplanet.soconnector.sandbox.entities.SaleUdefs;
import com.roboplanet.soconnector.sandbox.http.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The archive columns the sandbox serves (FindSale's unless built from cell columns), by their exact (camelCase, slashes kept) names. */
final class ArchiveColumns {
    static final String QUOTE_LINE_PREFIX = "quote/version/alternative/quoteline/";

    private final Map<String, ArchiveColumn> byName = new LinkedHashMap<>();

    /** Columns read from {@link ArchiveRow#cells()}, for the archives that are not FindSale. */
    ArchiveColumns(Map<String, ColumnType> cellColumns) {
        cellColumns.forEach((name, type) ->
                add(ArchiveColumn.plain(name, type, row -> row.cells().get(name))));
    }

    ArchiveColumns(Customers customers) {
        add(ArchiveColumn.plain("saleId", ColumnType.INT, row -> row.sale().saleId()));
        add(ArchiveColumn.plain("heading", ColumnType.STRING, row -> row.sale().heading()));
        add(ArchiveColumn.plain("amount", ColumnType.DECIMAL, row -> row.sale().amount()));
        add(ArchiveColumn.plain("date", ColumnType.DATE, row -> row.sale().date()));
        add(new ArchiveColumn(
                "saleStatus",
                ColumnType.LIST,
                false,
                row -> row.sale().status(),
                (row, language) -> Catalog.statusDisplay(row.sale().status(), language)));
        add(ArchiveColumn.plain("hasQuote", ColumnType.BOOL, row -> row.sale().hasQuote()));
        add(ArchiveColumn.plain("currency", ColumnType.STRING, row -> "EUR"));
        add(ArchiveColumn.plain("contactId", ColumnType.INT, row -> row.sale().contactId()));
        add(ArchiveColumn.plain(
                "contact/contactId", ColumnType.INT, row -> row.sale().contactId()));
        add(ArchiveColumn.plain(
                "contact/name", ColumnType.STRING, row -> row.sale().contactName()));
        add(ArchiveColumn.plain("personId", ColumnType.INT, row -> row.sale().personId()));
        add(ArchiveColumn.plain(
                "person/personId", ColumnType.INT, row -> row.sale().personId()));
        add(ArchiveColumn.plain(
                "person/fullName",
                ColumnType.STRING,
                row -> customers
                        .person(row.sale().personId())
                        .map(Customers.Person::fullName)
                        .orElse("")));
        add(ArchiveColumn.plain(
                "person/email/emailAddress",
                ColumnType.STRING,
                row -> customers
                        .person(row.sale().personId())
                        .map(Customers.Person::email)
                        .orElse("")));
        add(new ArchiveColumn(
                "associateId",
                ColumnType.ASSOCIATE,
                false,
                row -> row.sale().associateId(),
                (row, language) -> Catalog.associate(row.sale().associateId()).initials()));
        add(ArchiveColumn.plain(
                "associate/associateDbId", ColumnType.INT, row -> row.sale().associateId()));
        add(ArchiveColumn.plain(
                "associate/fullName",
                ColumnType.STRING,
                row -> Catalog.associate(row.sale().associateId()).fullName()));
        add(ArchiveColumn.plain(
                "associate/personEmail",
                ColumnType.STRING,
                row -> Catalog.associate(row.sale().associateId()).email()));
        add(ArchiveColumn.plain(
                "updatedDate", ColumnType.DATE, row -> row.sale().updated()));
        add(ArchiveColumn.plain(
                "quote/quoteId",
                ColumnType.INT,
                row -> row.sale().hasQuote() ? row.sale().saleId() : 0));
        SaleUdefs.PROG_IDS.forEach(progId -> add(ArchiveColumn.plain(
                SaleUdefs.ARCHIVE_PREFIX + progId,
                ColumnType.STRING,
                row -> row.sale().udefs().getOrDefault(progId, ""))));
        addLine("quoteLineId", ColumnType.INT, line -> line.quoteLineId(), 0);
        addLine("erpProductKey", ColumnType.STRING, QuoteLineRow::erpProductKey, "");
        addLine("name", ColumnType.STRING, QuoteLineRow::name, "");
        addLine("code", ColumnType.STRING, QuoteLineRow::code, "");
        addLine("quantity", ColumnType.DECIMAL, QuoteLineRow::quantity, 0.0);
        addLine("unitListPrice", ColumnType.DECIMAL, QuoteLineRow::unitListPrice, 0.0);
        addLine("totalPrice", ColumnType.DECIMAL, QuoteLineRow::totalPrice, 0.0);
        add(new ArchiveColumn(
                QUOTE_LINE_PREFIX + "productFamilyKey",
                ColumnType.LIST,
                true,
                row -> row.line() == null ? 0 : Integer.parseInt(row.line().productFamilyKey()),
                (row, language) -> row.line() == null ? "" : familyDisplay(row.line(), language)));
    }

    private static String familyDisplay(QuoteLineRow line, Language language) {
        int familyId = Integer.parseInt(line.productFamilyKey());
        return familyId >= 1 && familyId <= Catalog.FAMILIES.size()
                ? Catalog.family(familyId).display(language)
                : line.productFamilyKey();
    }

    private void addLine(String suffix, ColumnType type, Function<QuoteLineRow, Object> value, Object empty) {
        Function<ArchiveRow, Object> raw = row -> row.line() == null ? empty : value.apply(row.line());
        add(new ArchiveColumn(QUOTE_LINE_PREFIX + suffix, type, true, raw, (row, language) -> raw.apply(row)));
    }

    private void add(ArchiveColumn column) {
        byName.put(column.name(), column);
    }

    Optional<ArchiveColumn> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
