package com.roboplanet.soconnector.adapters.csv;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV injection): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, as OWASP advises. Headings come
 * from a CRM anyone at the customer's end can type into, so this is applied to every text cell of every CSV we
 * write (reports, batch result files).
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
