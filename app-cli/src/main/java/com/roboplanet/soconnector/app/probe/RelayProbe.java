package com.roboplanet.soconnector.app.probe;

import com.roboplanet.soconnector.domain.model.ProbeRow;
import java.util.List;

/**
 * The SMTP relay rows of {@code probe}: connect, TLS, login, accepts the rep's mail; SKIPPED rows when no relay is
 * configured.
 */
@FunctionalInterface
public interface RelayProbe {
    List<ProbeRow> probe();
}
