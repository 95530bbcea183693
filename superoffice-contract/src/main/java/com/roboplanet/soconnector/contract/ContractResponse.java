package com.roboplanet.soconnector.contract;

/** A response as it came back: status, Content-Type (may be null when there is no body) and body text. */
public record ContractResponse(int status, String contentType, String body) {
    public ContractResponse {
        if (status < 100 || status > 599) throw new IllegalArgumentException("not an HTTP status: " + status);
        body = body == null ? "" : body;
    }
}
