package com.roboplanet.soconnector.sandbox.http;

/** An answer in the SuperOffice error shape: {@code {"Error":true,"ErrorType":..,"ErrorMessage":..,"ErrorSource":..}}. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorType;
    private final String source;

    /**
     * @param status the HTTP status
     * @param errorType {@code ErrorType}, the .NET exception name SuperOffice reports, such as {@code SoSecurityException}
     * @param message {@code ErrorMessage}
     * @param source {@code ErrorSource}, such as {@code SuperOffice.WebApi}
     */
    public ApiError(int status, String errorType, String message, String source) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.source = source;
    }

    /** 404 {@code SoNotFoundException}: an unknown id or route. */
    public static ApiError notFound(String message) {
        return new ApiError(404, "SoNotFoundException", message, "SuperOffice.Services.Implementation");
    }

    /** 400 {@code ArgumentException}: a request body or parameter the API refuses. */
    public static ApiError badRequest(String message) {
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
