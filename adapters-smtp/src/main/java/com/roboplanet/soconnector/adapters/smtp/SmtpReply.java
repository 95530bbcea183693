package com.roboplanet.soconnector.adapters.smtp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reply of the relay: the basic code (RFC 5321 section 4.2) and the text, all lines joined into one. Its enhanced
 * status code (RFC 3463, {@code class.subject.detail}) stands after the basic code (RFC 2034) or, as qmail writes it,
 * as {@code #5.7.1} anywhere in the text.
 *
 * @param code 200-599
 * @param text the whole reply on one line, starting with the code, e.g. {@code 530 5.7.57 Client not authenticated}
 */
record SmtpReply(int code, String text) {
    private static final Pattern LEADING_ENHANCED = Pattern.compile("^\\d{3}[ -]+([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final Pattern HASH_ENHANCED = Pattern.compile("#([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final Pattern LINE_PREFIX = Pattern.compile("^\\d{3}[ -]?");
    /** Continuation lines repeat the code and the enhanced code; one of each is enough. */
    private static final Pattern CONTINUATION_PREFIX =
            Pattern.compile("^\\d{3}[ -]?\\s*([245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?");

    /**
     * @param response what Angus read, lines separated by {@code \n}, each starting with the code
     * @return empty when it does not start with a code 200-599 (an end of stream, garbage)
     */
    static Optional<SmtpReply> parse(String response) {
        if (response == null
                || response.length() < 3
                || !response.substring(0, 3).matches("[2-5]\\d\\d")) {
            return Optional.empty();
        }
        int code = Integer.parseInt(response.substring(0, 3));
        String[] lines = response.strip().split("\r?\n");
        StringBuilder text = new StringBuilder(code + " ")
                .append(LINE_PREFIX.matcher(lines[0]).replaceFirst(""));
        for (int i = 1; i < lines.length; i++) {
            String rest = CONTINUATION_PREFIX.matcher(lines[i]).replaceFirst("").strip();
            text.append(' ').append(rest);
        }
        return Optional.of(
                new SmtpReply(code, text.toString().replaceAll("\\s+", " ").strip()));
    }

    /** The enhanced status code, e.g. {@code 5.7.57}; empty when the relay gives none. */
    Optional<String> enhanced() {
        for (Pattern pattern : new Pattern[] {LEADING_ENHANCED, HASH_ENHANCED}) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** 4xx: the relay did not act, and says another try may work (RFC 5321 section 4.2.1). */
    boolean transientFailure() {
        return code >= 400 && code < 500;
    }

    /** 4xx or 5xx: the relay did not do what was asked. */
    boolean refusal() {
        return code >= 400;
    }

    @Override
    public String toString() {
        return text;
    }
}
