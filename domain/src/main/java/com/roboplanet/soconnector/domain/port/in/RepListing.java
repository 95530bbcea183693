package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.DirectoryUser;
import java.util.List;

/**
 * @param users every user, by associate id
 * @param usable how many of them {@code send --rep} can use
 */
public record RepListing(List<DirectoryUser> users, long usable) {
    public RepListing {
        users = List.copyOf(users);
    }
}
