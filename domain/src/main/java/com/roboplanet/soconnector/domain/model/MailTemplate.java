package com.roboplanet.soconnector.domain.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
     * One {@code {{name}}} of the template, where it is.
     *
     * @param line the line of the template file, 1 for the subject line
     */
    public record Placeholder(String name, int line) {}

    /** The line the body starts on: the subject line, a blank line, then the body. */
    private static final int BODY_LINE = 3;

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

    /** Every placeholder, in the order it appears, with the line of the file it is on. */
    public List<Placeholder> placeholders() {
        List<Placeholder> found = new ArrayList<>();
        collect(subject, 1, found);
        collect(body, BODY_LINE, found);
        return found;
    }

    private static void collect(String text, int firstLine, List<Placeholder> into) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            int line = firstLine
                    + (int) text.substring(0, m.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            into.add(new Placeholder(m.group(1), line));
        }
    }

    /**
     * Refuses a template with a placeholder no row can fill, before the first mail goes out: one line naming the
     * placeholder, its line and the names that are known.
     *
     * @param known the recipient list's columns, the CRM's fields and the rep's
     * @throws IllegalArgumentException {@code template.txt:3: unknown placeholder {{x}} (known: ...)}
     */
    public void requireKnown(Collection<String> known) {
        java.util.Set<String> named = new java.util.HashSet<>();
        List<Placeholder> unknown = placeholders().stream()
                .filter(p -> !known.contains(p.name()) && named.add(p.name()))
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        Placeholder first = unknown.get(0);
        // Every unknown one at once: fixing them one run at a time is a run per typo.
        String others = unknown.stream()
                .skip(1)
                .map(p -> "{{" + p.name() + "}} (line " + p.line() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        throw new IllegalArgumentException(file + ":" + first.line() + ": unknown placeholder {{" + first.name() + "}}"
                + (others.isEmpty() ? "" : ", and " + others)
                + "; no mail was sent (known: " + String.join(", ", new TreeSet<>(known)) + ")");
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
