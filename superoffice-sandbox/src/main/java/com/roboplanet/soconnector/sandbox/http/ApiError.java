package com.roboplanet.soconnector.sandbox;

/** An answer in the SuperOffice error shape: {@code {"Error":true,"ErrorType":..,"ErrorMessage":..,"ErrorSource":..}}. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorType;
    private final String source;

    ApiError(int status, String errorType, String message, String source) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.source = source;
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "SoNotFoundException", message, "SuperOffice.Services.Implementation");
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "ArgumentException", message, "SuperOffice.WebApi");
    }

    int status() {
        return status;
    }

    String errorType() {
        return errorType;
    }

    String source() {
        return source;
    }
}
