package com.roboplanet.soconnector.sandbox.entities;

import com.roboplanet.soconnector.sandbox.http.Language;

/** A list item with its English and German names, for the translated and untranslated display. */
public record ListItem(int id, String english, String german) {
    /** The name in {@code language}; without one, SuperOffice's multi-language string {@code US:"..";GE:".."}. */
    public String display(Language language) {
        return switch (language) {
            case NONE -> "US:\"" + english + "\";GE:\"" + german + "\"";
            case EN -> english;
            case DE -> german;
        };
    }
}
