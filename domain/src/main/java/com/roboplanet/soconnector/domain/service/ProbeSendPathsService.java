package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.model.StrategyRecommendation;
import com.roboplanet.soconnector.domain.port.in.ProbeSendPathsCommand;
import com.roboplanet.soconnector.domain.port.in.ProbeSendPathsUseCase;
import com.roboplanet.soconnector.domain.port.in.SendPathReport;
import com.roboplanet.soconnector.domain.port.out.CapabilityProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Asks every probe in turn and recommends the strategies their rows support ({@link StrategyRecommendation}). */
public final class ProbeSendPathsService implements ProbeSendPathsUseCase {
    private final Supplier<List<CapabilityProbe>> probes;

    /**
     * @param probes the CRM's probe first, then the relay's; obtained when a probe runs, because reaching the CRM
     *     opens a connection
     */
    public ProbeSendPathsService(Supplier<List<CapabilityProbe>> probes) {
        this.probes = probes;
    }

    @Override
    public SendPathReport probe(ProbeSendPathsCommand command) {
        List<ProbeRow> rows = new ArrayList<>();
        for (CapabilityProbe probe : probes.get()) {
            rows.addAll(probe.probe());
        }
        return new SendPathReport(rows, StrategyRecommendation.from(rows));
    }
}
