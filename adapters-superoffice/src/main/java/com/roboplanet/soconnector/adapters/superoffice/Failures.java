package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.port.out.SaleSourceException;

/** Maps the adapter's failures onto the domain's kinds, which decide the exit code. */
final class Failures {
    private Failures() {}

    static SaleSourceException.Kind kindOf(SuperOfficeApiException e) {
        return switch (e.failure()) {
            case AUTHENTICATION -> SaleSourceException.Kind.ACCESS_DENIED;
            case UNAVAILABLE -> SaleSourceException.Kind.UNAVAILABLE;
            case BAD_RESPONSE -> SaleSourceException.Kind.BAD_RESPONSE;
            case CONFIGURATION -> SaleSourceException.Kind.INVALID_INPUT;
            case NOT_PERMITTED -> SaleSourceException.Kind.NOT_PERMITTED;
            case REJECTED -> SaleSourceException.Kind.BAD_RESPONSE;
        };
    }
}
