package com.roboplanet.soconnector.domain.port.in;

/** Every user of the CRM, for {@code inspect reps}; it has no options. */
public record ListRepsCommand() {}
