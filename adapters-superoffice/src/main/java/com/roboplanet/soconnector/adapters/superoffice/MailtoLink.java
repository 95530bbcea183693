package com.roboplanet.soconnector.adapters.superoffice;

import java.nio.charset.StandardCharsets;

/**
 * A {@code mailto:} link (RFC 6068) that opens the mail, ready to send, in the rep's own program. Mail programs and
 * browsers cut links somewhere above 2,000 characters (Outlook and Windows at 2,083), so a long body is shortened at a
 * character boundary with a note; the full text stays in the task's description.
 */
final class MailtoLink {
    static final int MAX_LENGTH = 2000;
    static final String SHORTENED = "\n[…] (shortened: the full text is in the SuperOffice task)";

    private MailtoLink() {}

    static String of(String to, String subject, String body) {
        String head = "mailto:" + encode(to) + "?subject=" + encode(subject) + "&body=";
        String full = head + encode(lineBreaks(body));
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        String tail = encode(lineBreaks(SHORTENED));
        int budget = MAX_LENGTH - head.length() - tail.length();
        StringBuilder kept = new StringBuilder(head);
        String text = lineBreaks(body);
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String piece = encode(new String(Character.toChars(codePoint)));
            if (used + piece.length() > budget) {
                break;
            }
            kept.append(piece);
            used += piece.length();
            i += Character.charCount(codePoint);
        }
        return kept.append(tail).toString();
    }

    /** RFC 6068 wants CRLF in bodies, whatever the text had. */
    private static String lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters (and '@', harmless in an address). */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
