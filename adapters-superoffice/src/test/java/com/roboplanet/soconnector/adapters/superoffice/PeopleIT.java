package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import com.roboplanet.soconnector.domain.model.DirectoryUser;
import com.roboplanet.soconnector.domain.model.EmailAddress;
import com.roboplanet.soconnector.domain.port.out.PersonQuery;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The users and persons {@code inspect reps} and {@code inspect persons} list, read from the sandbox's archives. */
class PeopleIT {

    private static SuperOfficeConnection connect(SuperOfficeSandbox sandbox) {
        return SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, 500), Clock.systemUTC(), new RecordingSleeper());
    }

    @Test
    void users_everyAssociateWithIdNameAndAddress() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = connect(sandbox)) {
            assertThat(connection.directory().users())
                    .hasSize(6)
                    .first()
                    .isEqualTo(new DirectoryUser(1, "Anna Meyer", "anna.meyer@roboplanet.example"));
        }
    }

    @Test
    void persons_ofACompany_theirPersonsWithTheCompany() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = connect(sandbox)) {
            assertThat(connection.directory().persons(new PersonQuery(12L, null, 20)))
                    .extracting(DirectoryPerson::personId, DirectoryPerson::contactId)
                    .containsExactly(
                            org.assertj.core.api.Assertions.tuple(23L, 12L),
                            org.assertj.core.api.Assertions.tuple(24L, 12L));
        }
    }

    @Test
    void persons_byAddress_theOneWhoHasIt() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = connect(sandbox)) {
            DirectoryPerson someone = connection
                    .directory()
                    .persons(new PersonQuery(12L, null, 1))
                    .get(0);

            assertThat(connection.directory().persons(new PersonQuery(null, new EmailAddress(someone.email()), 20)))
                    .containsExactly(someone);
        }
    }

    @Test
    void persons_withoutFilter_theLowestIdsUpToTheLimitAcrossPages() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = connect(sandbox)) {
            assertThat(connection.directory().persons(new PersonQuery(null, null, 3)))
                    .extracting(DirectoryPerson::personId)
                    .containsExactly(1L, 2L, 3L);
        }
    }
}
