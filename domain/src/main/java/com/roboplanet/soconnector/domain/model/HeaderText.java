package com.roboplanet.soconnector.domain.model;

/**
 * Guards text that ends up in a mail header. A CR or LF would let the text start a header of its own
 * (header injection), so it is refused rather than stripped: a silently changed subject is also wrong.
 */
public final class HeaderText {
    private HeaderText() {}

    /**
     * @param field where the text came from, for the message ("subject", "recipient name", ...)
     * @return the text unchanged
     * @throws IllegalArgumentException when the text is null or holds a line break or another control character
     */
    public static String requireSingleLine(String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException(field + " contains a line break (CR/LF) at position " + (i + 1)
                        + ", which could inject mail headers: \"" + printable(text) + "\"");
            }
            if (Character.isISOControl(c) && c != '\t') {
                throw new IllegalArgumentException(field + " contains a control character at position " + (i + 1)
                        + ": \"" + printable(text) + "\"");
            }
        }
        return text;
    }

    /** The text with control characters made visible, shortened, so that an error message stays one line. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 80; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default ->
                    out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.length() < 80 ? out.toString() : out + "...";
    }
}
