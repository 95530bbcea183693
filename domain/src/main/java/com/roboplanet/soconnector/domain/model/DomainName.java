package com.roboplanet.soconnector.domain.model;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mail domain in its two forms: Unicode ({@code bäckerei-kunz.de}, as people type it and CRMs store it) and ASCII
 * ({@code xn--bckerei-kunz-gcb.de}, as DNS and SMTP carry it).
 *
 * <p>The JDK has no IDNA 2008 (RFC 5890-5892). {@link IDN} implements IDNA 2003 (RFC 3490, Unicode 3.2), which
 * gives the same ASCII form as IDNA 2008 as browsers and registries apply it (UTS #46, non-transitional) for every
 * label except those with the deviation characters {@code ß} and {@code ς}: IDNA 2003 maps them to {@code ss} and
 * {@code σ}, i.e. to a <em>different</em> domain ({@code straße.de} would become {@code strasse.de}, which DENIC
 * registers to someone else since 2010). So labels with {@code ß} or {@code ς} are encoded as IDNA 2008 does
 * (RFC 3492 Punycode of the label itself); every other non-ASCII label goes through {@link IDN#toASCII} with
 * STD3 rules, which also refuses code points IDNA 2003 prohibits or did not know. On top, every label's code points
 * must be letters, combining marks, digits or hyphens (RFC 5892's "LetterDigits" without capitals), which refuses the
 * symbols IDNA 2003 allowed and IDNA 2008 does not (e.g. {@code ♥}) and the invisible joiners ZWJ/ZWNJ. Not
 * checked: the Bidi rule (RFC 5893) and the per-script context rules (RFC 5892 appendix A). ADR 0004 records the
 * choice.
 */
final class DomainName {
    private static final Pattern LDH = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final String ACE_PREFIX = "xn--";
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 253;

    private DomainName() {}

    /**
     * @param domain the part after {@code @}, in either form, any case
     * @return the ASCII form in lower case, e.g. {@code xn--bckerei-kunz-gcb.de}
     * @throws IllegalArgumentException with a reason that names the domain, e.g. {@code the domain "x" needs a dot}
     */
    static String toAscii(String domain) {
        String[] labels = labels(domain);
        StringBuilder ascii = new StringBuilder();
        for (String label : labels) {
            if (ascii.length() > 0) {
                ascii.append('.');
            }
            ascii.append(asciiLabel(label, domain));
        }
        if (ascii.length() > MAX_DOMAIN) {
            throw invalid(domain, "is longer than " + MAX_DOMAIN + " characters in its ASCII form");
        }
        return ascii.toString();
    }

    /**
     * @param domain a domain {@link #toAscii} accepts, in either form
     * @return the Unicode form in lower case, e.g. {@code bäckerei-kunz.de}
     */
    static String toUnicode(String domain) {
        StringBuilder unicode = new StringBuilder();
        for (String label : labels(domain)) {
            if (unicode.length() > 0) {
                unicode.append('.');
            }
            String ascii = asciiLabel(label, domain);
            unicode.append(
                    ascii.startsWith(ACE_PREFIX) ? Punycode.decode(ascii.substring(ACE_PREFIX.length())) : ascii);
        }
        return unicode.toString();
    }

    /** Splits at dots, including the ideographic full stops IDNA treats as dots (RFC 3490 section 3.1). */
    private static String[] labels(String domain) {
        String[] labels = domain.replace('\u3002', '.')
                .replace('\uFF0E', '.')
                .replace('\uFF61', '.')
                .split("\\.", -1);
        if (labels.length < 2) {
            throw invalid(domain, "needs a dot, like example.com");
        }
        return labels;
    }

    private static String asciiLabel(String label, String domain) {
        String mapped = isAscii(label) ? label.toLowerCase(Locale.ROOT) : mapped(label);
        if (isAscii(mapped)) {
            if (!LDH.matcher(mapped).matches()) {
                throw invalid(domain, "has an empty or invalid part");
            }
            if (mapped.startsWith(ACE_PREFIX)) {
                requireValidALabel(mapped, domain);
            }
            return mapped;
        }
        requireLetterDigits(mapped, domain);
        String ace = mapped.indexOf('ß') >= 0 || mapped.indexOf('ς') >= 0
                ? ACE_PREFIX + Punycode.encode(mapped)
                : idna2003(mapped, domain);
        if (ace.length() > MAX_LABEL) {
            throw invalid(domain, "has a part longer than " + MAX_LABEL + " characters in its ASCII form");
        }
        return ace.toLowerCase(Locale.ROOT);
    }

    /**
     * The mapping of UTS #46 for what people type, without its deviation mappings: compatibility forms (full-width
     * letters, ligatures) to their plain form, capitals to small letters one code point at a time (String's own
     * lower-casing would turn a final capital sigma into {@code ς}), then NFC, which IDNA 2008 requires.
     */
    private static String mapped(String label) {
        String compatible = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder lower = new StringBuilder(compatible.length());
        compatible.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    private static void requireLetterDigits(String label, String domain) {
        int first = label.codePointAt(0);
        if (label.startsWith("-") || label.endsWith("-")) {
            throw invalid(domain, "has a part that starts or ends with a hyphen");
        }
        if (isMark(first)) {
            throw invalid(domain, "has a part that starts with a combining mark");
        }
        label.codePoints().forEach(c -> {
            if (c != '-' && !Character.isDigit(c) && !isMark(c) && !isSmallLetter(c)) {
                throw invalid(
                        domain,
                        "contains \"" + new String(Character.toChars(c)) + "\" (U+" + String.format("%04X", c)
                                + "), which domain names may not contain (IDNA 2008)");
            }
        });
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSmallLetter(int c) {
        int type = Character.getType(c);
        return type == Character.LOWERCASE_LETTER
                || type == Character.OTHER_LETTER
                || type == Character.MODIFIER_LETTER;
    }

    private static String idna2003(String label, String domain) {
        try {
            return IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw invalid(domain, "cannot be converted to its ASCII form (IDNA): " + e.getMessage());
        }
    }

    /** An {@code xn--} label must decode to a valid non-ASCII label that encodes back to itself (RFC 5891 5.4). */
    private static void requireValidALabel(String aLabel, String domain) {
        String decoded;
        try {
            decoded = Punycode.decode(aLabel.substring(ACE_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw invalid(domain, "has a part \"" + aLabel + "\" that is " + e.getMessage());
        }
        if (isAscii(decoded) || !asciiLabel(decoded, domain).equals(aLabel)) {
            throw invalid(domain, "has a part \"" + aLabel + "\" that is not a valid internationalised name");
        }
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    private static IllegalArgumentException invalid(String domain, String problem) {
        return new IllegalArgumentException("the domain \"" + HeaderText.printable(domain) + "\" " + problem);
    }
}
