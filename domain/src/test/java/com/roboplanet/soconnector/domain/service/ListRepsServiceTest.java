package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.roboplanet.soconnector.domain.fakes.FakeCrmDirectory;
import com.roboplanet.soconnector.domain.model.DirectoryUser;
import com.roboplanet.soconnector.domain.port.in.ListRepsCommand;
import com.roboplanet.soconnector.domain.port.in.RepListing;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListRepsServiceTest {

    @Test
    void reps_everyUser_listedByIdWithWhyOneCannotSend() {
        RepListing listing = new ListRepsService(FakeCrmDirectory::new).reps(new ListRepsCommand());

        assertThat(listing.users())
                .extracting(DirectoryUser::associateId, DirectoryUser::whyNotARep)
                .containsExactly(
                        tuple(5L, Optional.empty()), tuple(6L, Optional.of("no e-mail address on their person card")));
        assertThat(listing.usable()).isEqualTo(1);
    }
}
