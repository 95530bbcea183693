package com.roboplanet.soconnector.adapters.superoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SuperOffice's multi-language strings, {@code US:"Service robots";GE:"Serviceroboter"}, as list names and list values
 * come back when the tenant does not translate them (superoffice-api.md §1.6, §3.1): the value for the configured
 * language ({@code SO_LANGUAGE}), else the first one.
 *
 * <p>The format, from SuperOffice's documentation (the Quote connector's "Reason fields" page, {@code
 * CultureDataFormatter.ParseMultiLanguageString}, CRMScript's {@code parseSOMultiLanguageString}): entries {@code
 * LL:"text"} separated by {@code ;} (a trailing or doubled {@code ;} is allowed), {@code LL} a two-letter code. Documented codes:
 * {@code US} English, {@code NO} Norwegian, {@code GE} German, {@code SW} Swedish, {@code FR} French. A language without
 * a documented code is tried as the region and then the language of its tag in capitals ({@code da-DK}: {@code DK},
 * {@code DA}), as SuperOffice's own parser takes the region of a culture name. "The format is quite strict": a text
 * that is not wholly in it (a plain name, a name with a colon) is returned unchanged. Text inside the quotes is kept as
 * it is, including quotes and backslashes; an entry ends at the quote followed by {@code ;LL:"} or by the end.
 */
final class MultiLanguageText {
    private static final Map<String, String> DOCUMENTED = Map.of(
            "en", "US",
            "nb", "NO",
            "nn", "NO",
            "no", "NO",
            "de", "GE",
            "sv", "SW",
            "fr", "FR");
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2}");

    private final List<String> preferred;

    private MultiLanguageText(List<String> preferred) {
        this.preferred = List.copyOf(preferred);
    }

    /** @param languageTag {@code SO_LANGUAGE}: {@code en}, {@code de-DE}, {@code nb-NO}, or a code such as {@code GE} */
    static MultiLanguageText forLanguage(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip().replace('_', '-');
        String[] parts = tag.split("-");
        String language = parts[0].toLowerCase(Locale.ROOT);
        List<String> codes = new ArrayList<>();
        if (DOCUMENTED.containsKey(language)) {
            codes.add(DOCUMENTED.get(language));
        }
        if (parts.length > 1 && CODE.matcher(parts[1]).matches()) {
            codes.add(parts[1].toUpperCase(Locale.ROOT));
        }
        if (CODE.matcher(language).matches()) {
            codes.add(language.toUpperCase(Locale.ROOT));
        }
        return new MultiLanguageText(codes.stream().distinct().toList());
    }

    /** The codes tried, in order; for tests and messages. */
    List<String> preferredCodes() {
        return preferred;
    }

    /**
     * {@code value} in the configured language when it is a multi-language string (else the first language that has a
     * text), or {@code value} itself when it is not one.
     */
    String pick(String value) {
        if (value == null) {
            return null;
        }
        Map<String, String> entries = parse(value);
        if (entries.isEmpty()) {
            return value;
        }
        for (String code : preferred) {
            String text = entries.get(code);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        // An empty translation is a gap in the list, not the name: the first language that has one stands in.
        return entries.values().stream().filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    /** The entries by upper-case code, in order; empty when {@code text} is not wholly a multi-language string. */
    static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        String s = text.strip();
        int pos = 0;
        while (pos < s.length()) {
            if (!isEntryStart(s, pos)) {
                return Map.of();
            }
            String code = s.substring(pos, pos + 2).toUpperCase(Locale.ROOT);
            int valueStart = pos + 4;
            int close = -1;
            int next = -1;
            for (int q = s.indexOf('"', valueStart); q >= 0; q = s.indexOf('"', q + 1)) {
                int after = skipBlanks(s, q + 1);
                if (after == s.length()) {
                    close = q;
                    next = s.length();
                    break;
                }
                if (s.charAt(after) == ';') {
                    int following = skipSeparators(s, after + 1);
                    if (following == s.length() || isEntryStart(s, following)) {
                        close = q;
                        next = following;
                        break;
                    }
                }
            }
            if (close < 0) {
                return Map.of();
            }
            entries.putIfAbsent(code, s.substring(valueStart, close));
            pos = next;
        }
        return entries;
    }

    private static boolean isEntryStart(String s, int at) {
        return at + 4 <= s.length()
                && CODE.matcher(s.substring(at, at + 2)).matches()
                && s.charAt(at + 2) == ':'
                && s.charAt(at + 3) == '"';
    }

    private static int skipBlanks(String s, int at) {
        int i = at;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** Blanks and further semicolons: an empty entry ({@code ;;}) separates like one semicolon. */
    private static int skipSeparators(String s, int at) {
        int i = at;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ';')) i++;
        return i;
    }

    @Override
    public String toString() {
        return "MultiLanguageText" + preferred;
    }
}
