package com.roboplanet.soconnector.archfixture.adapters.csv;

import com.roboplanet.soconnector.archfixture.adapters.smtp.SmtpThing;

/** Breaks "adapters do not depend on each other". */
public final class CsvUsesSmtp {
    void report(SmtpThing smtp) {
        smtp.send();
    }
}
