package com.roboplanet.soconnector.adapters.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * One record of an export file as the parser returned it: the fields under their headers, and where it starts.
 *
 * @param line the physical line the record starts on
 * @param header the parser's lists as they are, not copied: one record per sale must stay cheap
 */
record CsvRecord(Path file, long line, List<String> header, List<String> fields) {

    /** {@code <file>, line <n>:} then one {@code <header>: <field>} line per column, in file order. */
    String describe() {
        StringBuilder text = new StringBuilder(file + ", line " + line + ":");
        for (int i = 0; i < header.size(); i++) {
            text.append('\n').append(header.get(i)).append(": ").append(i < fields.size() ? fields.get(i) : "");
        }
        return text.toString();
    }
}
