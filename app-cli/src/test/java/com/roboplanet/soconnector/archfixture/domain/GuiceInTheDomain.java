package com.roboplanet.soconnector.archfixture.domain;

import com.google.inject.Injector;

/** Breaks "the domain depends on java.* only". */
public final class GuiceInTheDomain {
    Injector injector;
}
