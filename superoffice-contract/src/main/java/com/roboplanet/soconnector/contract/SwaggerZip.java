package com.roboplanet.soconnector.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the one JSON document inside one of SuperOffice's zips, as published (the zips are never unpacked to disk). */
final class SwaggerZip {
    private SwaggerZip() {}

    static ObjectNode read(ObjectMapper json, Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> documents = file.stream()
                    .filter(entry -> !entry.isDirectory() && entry.getName().endsWith(".json"))
                    .toList();
            if (documents.size() != 1) {
                throw new IllegalStateException(
                        zip + ": expected exactly one .json document, found " + documents.size());
            }
            try (InputStream in = file.getInputStream(documents.get(0))) {
                JsonNode spec = json.readTree(in);
                if (!spec.path("swagger").asText().equals("2.0") || !(spec.get("definitions") instanceof ObjectNode)) {
                    throw new IllegalStateException(zip + ": not a Swagger 2.0 document with definitions");
                }
                return (ObjectNode) spec;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SuperOffice's definitions from " + zip, e);
        }
    }
}
