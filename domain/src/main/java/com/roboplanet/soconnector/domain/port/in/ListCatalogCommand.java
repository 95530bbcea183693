package com.roboplanet.soconnector.domain.port.in;

/** @param includeDeleted also list product families the CRM marks deleted */
public record ListCatalogCommand(boolean includeDeleted) {}
