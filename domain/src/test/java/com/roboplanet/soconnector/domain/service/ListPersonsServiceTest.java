package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.fakes.FakeCrmDirectory;
import com.roboplanet.soconnector.domain.model.DirectoryPerson;
import com.roboplanet.soconnector.domain.port.in.ListPersonsCommand;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListPersonsServiceTest {
    private final ListPersonsService service = new ListPersonsService(FakeCrmDirectory::new);

    @Test
    void persons_ofACompany_onlyTheirs() {
        assertThat(service.persons(new ListPersonsCommand(68L, null, 20)))
                .extracting(DirectoryPerson::personId)
                .containsExactly(381L);
    }

    @Test
    void persons_byAddress_theOneWithIt() {
        assertThat(service.persons(new ListPersonsCommand(null, "bob@customer.example", 20)))
                .extracting(DirectoryPerson::personId)
                .containsExactly(380L);
    }

    @Test
    void persons_withoutFilter_upToTheLimit() {
        assertThat(service.persons(new ListPersonsCommand(null, null, 1))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bob", "bob@", "@customer.example", "bob customer@example.com", "bob@@customer.example"})
    void persons_addressThatIsNone_namesTheOptionBeforeAskingTheCrm(String email) {
        ListPersonsService neverAsked = new ListPersonsService(unreachable());

        assertThatThrownBy(() -> neverAsked.persons(new ListPersonsCommand(null, email, 20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--email");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void persons_companyIdNotPositive_namesTheOptionBeforeAskingTheCrm(long company) {
        assertThatThrownBy(
                        () -> new ListPersonsService(unreachable()).persons(new ListPersonsCommand(company, null, 20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--company must be a company (contact) id");
    }

    @Test
    void whyNotARecipient_personWithoutAddressOrCompany_saysWhich() {
        assertThat(new DirectoryPerson(1, "A", "", 5, "X").whyNotARecipient()).contains("no e-mail address");
        assertThat(new DirectoryPerson(1, "A", "a@x.example", 0, "").whyNotARecipient())
                .contains("belongs to no company");
        assertThat(new DirectoryPerson(1, "A", "a@x.example", 5, "X").whyNotARecipient())
                .isEqualTo(Optional.empty());
    }

    private static Supplier<CrmDirectory> unreachable() {
        return () -> {
            throw new AssertionError("the CRM was asked");
        };
    }
}
