package com.roboplanet.soconnector.domain.port.in;

/** @param dryRun say what resuming would do; archive and write nothing */
public record ResumeSendsCommand(boolean dryRun) {}
