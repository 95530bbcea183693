package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect sales} against the built-in sandbox, as a new user would run it. */
class InspectSalesIT {
    @TempDir
    Path dir;

    @Test
    void inspect_oneSaleWithEntity_printsRawRecordsAndHowTheyAreRead() {
        CliRun run = CliRun.in(dir, "inspect", "sales", "--id", "342243", "--entity");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .contains("\"heading\" : \"2xOmnie CD-01 mit Nachlass\"")
                .contains("\"contact/contactId\" :")
                .contains("entity (GET v1/Sale/342243)", "\"Heading\" : \"2xOmnie CD-01 mit Nachlass\"")
                .contains("products: OMNIE x 2");
    }

    @Test
    void inspect_withoutCustomer_showsOnlySalesTheReportSkips() {
        CliRun run = CliRun.in(dir, "inspect", "sales", "--without-customer", "--limit", "3");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Pattern.compile("customer: none: the report skips this sale")
                        .matcher(run.out)
                        .results()
                        .count())
                .isEqualTo(3);
        assertThat(run.err).contains("3 sales shown.");
    }

    @Test
    void inspect_unknownSale_exits3() {
        CliRun run = CliRun.in(dir, "inspect", "sales", "--id", "1");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err).contains("no sale with id 1");
    }
}
