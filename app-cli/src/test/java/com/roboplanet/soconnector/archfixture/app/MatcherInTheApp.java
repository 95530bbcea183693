package com.roboplanet.soconnector.archfixture.app;

import com.roboplanet.soconnector.archfixture.domain.matching.Matcher;

/** Breaks "the app does not use the matcher". */
public final class MatcherInTheApp {
    int products(String heading) {
        return new Matcher().match(heading);
    }
}
