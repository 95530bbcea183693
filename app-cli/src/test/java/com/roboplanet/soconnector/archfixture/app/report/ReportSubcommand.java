package com.roboplanet.soconnector.archfixture.app.report;

import com.roboplanet.soconnector.archfixture.adapters.smtp.SmtpThing;

/** Breaks "subcommands use no adapter": a subcommand that builds an adapter itself. */
public final class ReportSubcommand {
    void call() {
        new SmtpThing().send();
    }
}
