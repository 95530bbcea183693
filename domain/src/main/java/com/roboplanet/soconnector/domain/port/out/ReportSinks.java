package com.roboplanet.soconnector.domain.port.out;

/** Turns the user's choice of where the report goes into the sink that writes it. Implemented by the composition root. */
@FunctionalInterface
public interface ReportSinks {

    /** Nothing is written until the use case opens the sink. */
    ReportSink sink(ReportDestination destination);
}
