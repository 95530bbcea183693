package com.roboplanet.soconnector.archfixture.adapters.smtp;

/** An adapter class another adapter must not use. */
public final class SmtpThing {
    public void send() {}
}
