package com.roboplanet.soconnector.sandbox.http;

import java.util.Locale;

/** The display language of a request, from {@code Accept-Language} or {@code SO-Language}. */
public enum Language {
    /** No language asked for: SuperOffice answers resource ids and multi-language strings. */
    NONE,
    /** English display texts. */
    EN,
    /** German display texts. */
    DE;

    static Language of(String soLanguage, String acceptLanguage) {
        if (soLanguage != null && !soLanguage.isBlank()) {
            String value = soLanguage.trim().toLowerCase(Locale.ROOT);
            return value.equals("x") || value.equals("*") ? NONE : pick(value);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) return NONE;
        return pick(acceptLanguage.trim().toLowerCase(Locale.ROOT));
    }

    private static Language pick(String tag) {
        return tag.startsWith("de") ? DE : EN;
    }
}
