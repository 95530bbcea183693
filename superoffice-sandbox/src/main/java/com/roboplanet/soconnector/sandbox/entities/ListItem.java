package com.roboplanet.soconnector.sandbox;

/** A list item with its English and German names, for the translated and untranslated display. */
record ListItem(int id, String english, String german) {
    String display(Language language) {
        return switch (language) {
            case NONE -> "US:\"" + english + "\";GE:\"" + german + "\"";
            case EN -> english;
            case DE -> german;
        };
    }
}
