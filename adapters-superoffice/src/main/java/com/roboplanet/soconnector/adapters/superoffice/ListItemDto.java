package com.roboplanet.soconnector.adapters.superoffice;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A {@code ListItemEntity} of {@code List/{name}/Items}: PascalCase, {@code Tooltip} spelled this way. */
record ListItemDto(
        @JsonProperty("Id") Long id,
        @JsonProperty("Name") String name,
        @JsonProperty("Tooltip") String tooltip,
        @JsonProperty("Deleted") Boolean deleted) {}
