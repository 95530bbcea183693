package com.roboplanet.soconnector.archfixture.app.report;

import com.roboplanet.soconnector.archfixture.adapters.smtp.SmtpThing;

/** Allowed: the composition root, not a subcommand, builds the adapter. */
public final class ReportModule {
    SmtpThing adapter() {
        return new SmtpThing();
    }
}
