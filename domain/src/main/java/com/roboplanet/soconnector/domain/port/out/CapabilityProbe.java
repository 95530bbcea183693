package com.roboplanet.soconnector.domain.port.out;

import com.roboplanet.soconnector.domain.model.ProbeRow;
import java.util.List;

/**
 * Checks, without sending or creating anything, which capabilities one side of sending offers (the CRM: token, rights,
 * agents; the relay: connect, TLS, login).
 */
@FunctionalInterface
public interface CapabilityProbe {

    /** One row per capability, in the order they were checked; a failed check is a row, never an exception. */
    List<ProbeRow> probe();
}
