package com.roboplanet.soconnector.app.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Settings for the files people give us and get back: a saved column mapping for their exports, and whether CSV
 * they get back is Excel's by default. Neither names a tenant, so neither counts as configuring SuperOffice.
 */
public final class FilesConfig {
    /**
     * A saved column mapping for exports, as {@code --column} flags would give it: {@code
     * saleId=Verkaufsnummer,heading=Stichwort}; a header with {@code ,} or {@code =} in double quotes. A {@code
     * --column} flag wins over the saved entry for the same key.
     */
    public static final String CSV_COLUMNS = "SO_CSV_COLUMNS";

    /**
     * {@code true}: reports and batch result files are CSV as German Excel opens it (UTF-8 BOM, {@code ;}, CRLF)
     * unless a run says {@code --no-excel}; {@code false} (the default): plain CSV unless a run says {@code --excel}.
     */
    public static final String EXCEL = "SO_EXCEL";

    private FilesConfig() {}

    /** The saved mapping's text, unparsed: the reader of exports parses it and names the key in its errors. */
    public static Optional<String> csvColumns(Configuration config) {
        return config.get(CSV_COLUMNS);
    }

    /** @throws ConfigurationException naming the key for anything but true or false */
    public static boolean excel(Configuration config) {
        return config.parsed(EXCEL, false, FilesConfig::bool, "true or false");
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }
}
