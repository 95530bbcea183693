package com.roboplanet.soconnector.archfixture.domain.matching;

/** Stands for the domain's matcher, which the app must not use. */
public final class Matcher {
    public int match(String heading) {
        return heading.length();
    }
}
