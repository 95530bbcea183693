package com.roboplanet.soconnector.app;

import java.io.PrintWriter;
import java.util.List;

/** Aligned columns for people: each as wide as its widest cell, two spaces apart, no trailing blanks. */
public final class TextTable {
    private TextTable() {}

    public static void print(List<String> header, List<List<String>> rows, PrintWriter out) {
        int[] widths = header.stream().mapToInt(String::length).toArray();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(header, widths, out);
        rows.forEach(row -> printRow(row, widths, out));
    }

    private static void printRow(List<String> row, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            line.append(String.format("%-" + widths[i] + "s  ", row.get(i)));
        }
        out.println(line.toString().stripTrailing());
    }
}
