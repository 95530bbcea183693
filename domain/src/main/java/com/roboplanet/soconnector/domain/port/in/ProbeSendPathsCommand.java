package com.roboplanet.soconnector.domain.port.in;

/** A probe of every configured sending path; it has no options, because a probe never changes anything. */
public record ProbeSendPathsCommand() {}
