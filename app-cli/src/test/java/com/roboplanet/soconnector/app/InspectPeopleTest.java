package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code inspect reps} and {@code inspect persons}: who mail can be sent on behalf of and to. */
class InspectPeopleTest {
    @TempDir
    Path dir;

    private final FakeSuperOffice crm = new FakeSuperOffice();

    private CliRun run(String... args) {
        return CliRun.unattended(dir, Map.of(), crm.module(), args);
    }

    @Test
    void reps_listsTheUsersWithIdAddressAndWhetherSendCanUseThem() {
        CliRun run = run("inspect", "reps");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out.lines())
                .containsExactly(
                        "AssociateId  Name           E-mail                   send --rep",
                        "5            Anna Vertrieb  anna@roboplanet.example  yes");
        assertThat(run.err).isEqualTo("1 users, 1 can be a rep.\n");
    }

    @Test
    void persons_ofACompany_listsTheirPersons() {
        CliRun run = run("inspect", "persons", "--company", "67");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out.lines())
                .containsExactly(
                        "PersonId  Name       E-mail                CompanyId  Company      send --to",
                        "380       Bob Kunde  bob@customer.example  67         Hotel Adler  yes");
        assertThat(run.err).isEqualTo("1 person shown.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-4"})
    void persons_companyIdNotPositive_exits3NamingTheOption(String company) {
        CliRun run = run("inspect", "persons", "--company", company);

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .isEqualTo("so-connector: --company must be a company (contact) id, a positive number, was " + company);
        assertThat(run.out).isEmpty();
    }

    @Test
    void persons_addressThatIsNone_exits3NamingTheOption() {
        CliRun run = run("inspect", "persons", "--email", "bob-at-customer");

        assertThat(run.exitCode).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.firstErrLine())
                .startsWith("so-connector: --email \"bob-at-customer\" is not a valid e-mail address");
    }
}
