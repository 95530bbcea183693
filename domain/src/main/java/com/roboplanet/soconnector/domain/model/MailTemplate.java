package com.roboplanet.soconnector.domain.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A batch mail template: the first line {@code Subject: ...}, a blank line, then the body. {@code {{name}}} is
 * replaced by the row's value for {@code name}.
 *
 * @param file where the template was read from, for messages
 */
public record MailTemplate(Path file, String subject, String body) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");
    private static final String SUBJECT = "subject:";

    public MailTemplate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** What a row made of the template. */
    public record Rendered(String subject, String body) {}

    /**
     * @param text the file's text, without a byte-order mark
     * @throws IllegalArgumentException naming the file and line when the text is not shaped like a template
     */
    public static MailTemplate parse(Path file, String text) {
        String[] lines = text.split("\r\n|\n|\r", 3);
        if (!lines[0].toLowerCase(Locale.ROOT).startsWith(SUBJECT)) {
            throw new IllegalArgumentException(
                    file + ":1: the first line must be 'Subject: ...', then a blank line, then" + " the body");
        }
        String subject = lines[0].substring(SUBJECT.length()).strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException(file + ":1: the subject is empty");
        }
        if (lines.length < 2 || !lines[1].isBlank()) {
            throw new IllegalArgumentException(file + ":2: expected a blank line between the subject and the body");
        }
        if (lines.length < 3 || lines[2].isBlank()) {
            throw new IllegalArgumentException(file + ": the body after the subject line is empty");
        }
        return new MailTemplate(file, subject, lines[2]);
    }

    /**
     * @param values placeholder name to value
     * @throws IllegalArgumentException for a placeholder without value, or a value with a line break in the subject
     */
    public Rendered render(Map<String, String> values) {
        return new Rendered(fill(subject, values, true), fill(body, values, false));
    }

    private String fill(String text, Map<String, String> values, boolean header) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(file.getFileName() + ": unknown placeholder {{" + name
                        + "}} (known: " + String.join(", ", new TreeSet<>(values.keySet())) + ")");
            }
            if (header) {
                HeaderText.requireSingleLine(value, "{{" + name + "}} in the subject");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
