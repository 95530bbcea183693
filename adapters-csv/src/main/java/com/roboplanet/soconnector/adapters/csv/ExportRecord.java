package com.roboplanet.soconnector.adapters.csv;

import java.util.List;

/**
 * One record of an export as it was read: the fields under their headers, and where it starts.
 *
 * @param place {@code <file>, line <n>} for text, {@code <file>, sheet '<name>', row <n>} for a workbook
 * @param header the column titles as read, not copied: one record per sale must stay cheap
 * @param fields each cell as text (a workbook's numbers and dates in their plain form)
 */
record ExportRecord(String place, List<String> header, List<String> fields) {

    /**
     * {@code <place>:} then one {@code <header>: <field>} line per column, in file order; a line break or tab inside a
     * cell is written {@code \n}, {@code \t}, so that each column keeps its one line.
     */
    String describe() {
        StringBuilder text = new StringBuilder(place + ":");
        for (int i = 0; i < header.size(); i++) {
            text.append('\n')
                    .append(ControlCharacters.shown(header.get(i)))
                    .append(": ")
                    .append(ControlCharacters.shown(i < fields.size() ? fields.get(i) : ""));
        }
        return text.toString();
    }
}
