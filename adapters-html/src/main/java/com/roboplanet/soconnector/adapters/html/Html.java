package com.roboplanet.soconnector.adapters.html;

/**
 * A page being built, which escapes everything it is not told is markup. Text and attribute values go through {@link
 * #escape}, so a heading {@code <script>} stays text in an element, in a double-quoted attribute and in SVG text alike
 * (inline SVG is parsed by the HTML parser, with the same character references). Markup comes only from constants in
 * this module, never from data.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Markup written by this module (tags, CSS, numbers it formatted); never text from the CRM. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Text as content of an element. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag name="value" ...>}; names are constants, values escaped. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag ...>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** {@code <tag .../>}, for SVG shapes. */
    Html empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    CharSequence page() {
        return out;
    }

    /**
     * The text as HTML can carry it safely in content and in quoted attribute values: {@code & < > " '} become
     * character references; control characters other than tab, line feed and carriage return (C0, DEL, C1) are left
     * out, being invisible and errors in HTML; lone surrogates and the noncharacters U+FFFE/U+FFFF become U+FFFD, so the
     * page stays valid UTF-8.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement == null) {
                if (escaped != null) {
                    escaped.append(c);
                }
                continue;
            }
            if (escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (replacement.equals(PAIR)) {
                escaped.append(c).append(text.charAt(++i));
            } else {
                escaped.append(replacement);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static final String PAIR = "pair";

    /** null: keep the character; PAIR: keep it and the low surrogate after it; else what to write instead. */
    private static String replacement(String text, int i, char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            case '\t', '\n', '\r':
                return null;
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? PAIR : "\uFFFD";
        }
        if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return "\uFFFD";
        }
        return null;
    }
}
