package com.roboplanet.soconnector.adapters.csv;

/**
 * Characters no table a person saved holds in a cell: the C0 controls but TAB, LF and CR (which delimiters and
 * quoted line breaks use), DEL, and the C1 controls. A NUL comes from a UTF-16 file read without its byte-order mark
 * or from a binary file; the others from a copy out of a terminal or a damaged file. Either way the cell is not
 * what the person sees in their spreadsheet, so the file is refused at that line instead of matched wrongly.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    /** The index of the first such character in {@code text}, or -1. */
    static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text with every control character written out, so that a cell shown on its own line stays on it: {@code
     * \n}, {@code \r}, {@code \t}, else {@code \}{@code uXXXX}.
     */
    static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code a NUL byte (U+0000): ...} or {@code a control character (U+001B)}, for the message. */
    static String describe(char c) {
        return c == 0
                ? "a NUL byte (U+0000): a UTF-16 file without its byte-order mark, or not a text file; save it as"
                        + " \"CSV UTF-8\" or name its encoding with --encoding UTF-16LE"
                : String.format("a control character (U+%04X) no spreadsheet shows; remove it", (int) c);
    }
}
