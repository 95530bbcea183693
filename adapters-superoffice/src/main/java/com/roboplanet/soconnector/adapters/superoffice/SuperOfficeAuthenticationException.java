package com.roboplanet.soconnector.adapters.superoffice;

/**
 * SuperOffice refused the app's credentials. A separate type because the user's remedy (new consent,
 * right secret, right environment) differs from every other failure; the command line exits 4.
 */
public class SuperOfficeAuthenticationException extends SuperOfficeApiException {
    private static final long serialVersionUID = 1L;

    SuperOfficeAuthenticationException(
            int status, String errorType, String errorMessage, String route, String message) {
        super(Failure.AUTHENTICATION, status, errorType, errorMessage, null, route, message, null);
    }
}
