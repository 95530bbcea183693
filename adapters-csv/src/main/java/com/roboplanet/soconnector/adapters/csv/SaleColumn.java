package com.roboplanet.soconnector.adapters.csv;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns a sales export can have, with the titles each is recognised by, in order of preference (the first
 * title found wins when a file has several). Besides the connector's own names, these are the titles SuperOffice
 * gives the columns of its sale list and sale card, in English and German (sources in
 * {@code docs/adr/0012-reading-excel-exports.md}): the FindSale archive provider's display names ({@code Sale ID},
 * {@code Sale} for the heading, {@code Company ID}, {@code Company name}, {@code Date}, {@code Amount},
 * {@code Status}), the sale card ({@code Title}, {@code Owner}, {@code Sale date}; German {@code Titel},
 * {@code Firma}, {@code Eigentümer}, {@code Verkaufsdatum}, {@code Betrag}) and the older German titles people
 * still export with ({@code Stichwort}, {@code Verkäufer}, {@code Datum}).
 *
 * <p>A plain {@code Contact} is not recognised for the customer: in SuperOffice's English UI a contact is a person,
 * the customer is the company.
 */
enum SaleColumn {
    SALE_ID("saleId", true, "SaleId", "Sale ID", "Verkaufs-ID", "Verkaufsnummer", "Verkaufs-Nr."),
    HEADING(
            "heading",
            true,
            "Heading",
            "Sale Heading",
            "Title",
            "Stichwort",
            "Titel",
            "Verkaufstitel",
            "Sale",
            "Verkauf"),
    CUSTOMER_ID("customerId", true, "CustomerId", "Company ID", "Firmen-ID", "Contact ID"),
    CUSTOMER_NAME(
            "customerName", false, "CustomerName", "Company name", "Company", "Firmenname", "Firma", "Contact Name"),
    SALE_DATE("saleDate", false, "SaleDate", "Date", "Verkaufsdatum", "Datum"),
    SALES_REP("salesRep", false, "SalesRep", "Owner", "Associate", "Verkäufer", "Eigentümer"),
    AMOUNT("amount", false, "Amount", "Betrag"),
    STATUS("status", false, "Status", "Sale Status", "Verkaufsstatus");

    private final String key;
    private final boolean required;
    private final List<String> headers;

    SaleColumn(String key, boolean required, String... headers) {
        this.key = key;
        this.required = required;
        this.headers = List.of(headers);
    }

    /** The key of {@code --column KEY=HEADER} and {@code SO_CSV_COLUMNS}. */
    String key() {
        return key;
    }

    /** Whether a file without this column cannot be read: the sale id, the heading and the customer. */
    boolean required() {
        return required;
    }

    /** The titles recognised without a mapping, as a person writes them. */
    List<String> headers() {
        return headers;
    }

    static Optional<SaleColumn> byKey(String key) {
        String wanted = normalise(key);
        return Arrays.stream(values())
                .filter(c -> normalise(c.key).equals(wanted))
                .findFirst();
    }

    static String validKeys() {
        return Arrays.stream(values()).map(SaleColumn::key).collect(Collectors.joining(", "));
    }

    /**
     * Titles as people vary them, folded as headings are: {@code Sale ID}, {@code sale_id}, {@code SALE-ID} are all
     * {@code saleid}; {@code Verkäufer} and {@code Verkaeufer}, {@code Verkaufs-Nr.} and {@code VerkaufsNr} are the
     * same. Compatibility forms become their plain twins (NFKC: full-width letters, and {@code a} with a combining
     * diaeresis, as macOS writes file names, becomes {@code ä}); every kind of space, every dash, {@code _}, {@code .},
     * and invisible formatting characters pasted from web pages or Word (zero-width space, word joiner, soft hyphen,
     * byte-order mark: Unicode's format characters) are left out.
     */
    static String normalise(String header) {
        String composed = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(composed.length());
        composed.codePoints().filter(c -> !ignored(c)).forEach(c -> folded.appendCodePoint(Character.toLowerCase(c)));
        return folded.toString()
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
    }

    private static boolean ignored(int c) {
        int type = Character.getType(c);
        return c == '_'
                || c == '.'
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.DASH_PUNCTUATION
                || type == Character.FORMAT
                || c == '\u2212'; // the minus sign, which people type for a dash
    }
}
