package com.roboplanet.soconnector.domain.port.in;

import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.StrategyRecommendation;
import java.util.List;
import java.util.Objects;

/**
 * What a probe found, and the SO_SEND_STRATEGY it supports.
 *
 * @param rows every capability checked, the CRM's first, then the relay's
 */
public record SendPathReport(List<ProbeRow> rows, StrategyRecommendation recommendation) {
    public SendPathReport {
        rows = List.copyOf(rows);
        Objects.requireNonNull(recommendation, "recommendation");
    }
}
