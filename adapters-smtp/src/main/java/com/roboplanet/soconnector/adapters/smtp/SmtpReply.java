package com.roboplanet.soconnector.adapters.smtp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relay's answer as far as it can be read from a Jakarta Mail exception. Angus puts the server
 * reply into the message of the exception or of a nested one; only the public API is used here.
 */
record SmtpReply(int code, String text) {
    private static final Pattern CODE = Pattern.compile("(?:^|response: |\\n)\\s*([2-5]\\d\\d)[ -]");

    static Optional<SmtpReply> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            String message = t.getMessage();
            if (message != null) {
                Matcher m = CODE.matcher(message);
                if (m.find()) {
                    String text = message.substring(m.start(1)).strip();
                    int end = text.indexOf('\n');
                    return Optional.of(new SmtpReply(
                            Integer.parseInt(m.group(1)),
                            end < 0 ? text : text.substring(0, end).strip()));
                }
            }
        }
        return Optional.empty();
    }

    static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof jakarta.mail.MessagingException m
                && m.getNextException() != null
                && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    boolean transient4xx() {
        return code >= 400 && code < 500;
    }

    @Override
    public String toString() {
        return text;
    }
}
