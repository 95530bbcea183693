package com.roboplanet.soconnector.app;

import java.util.List;

/** The parts of {@code report --explain}'s output that tests compare with a report. */
final class Explained {
    private static final String ROWS = "8. Rows the report writes for this sale";

    private Explained() {}

    /** The lines after the rows step: the report's header and rows for the sale, as the report's sink wrote them. */
    static List<String> rows(String out) {
        List<String> lines = out.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(ROWS)) {
                return lines.subList(i + 1, lines.size());
            }
        }
        throw new AssertionError("no rows step in:\n" + out);
    }
}
