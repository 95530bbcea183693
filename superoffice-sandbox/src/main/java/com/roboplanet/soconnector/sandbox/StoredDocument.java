package com.roboplanet.soconnector.sandbox;

/**
 * A document created with {@code POST Document}; {@code content} is what {@code PUT Document/{id}/Content} stored
 * (empty until then). {@code name} is the file name after the sandbox amended duplicates.
 */
public record StoredDocument(
        int documentId,
        String header,
        String name,
        int templateId,
        int contactId,
        int personId,
        int saleId,
        int associateId,
        byte[] content) {
    public StoredDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
