package com.roboplanet.soconnector.app;

/** Entry point of the so-connector command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
