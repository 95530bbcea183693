package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.net.ConnectException;

/**
 * What a failed create-or-send call means for the mail. The line that matters: did SuperOffice possibly act? A refused
 * connection, a 4xx, a 429 or a 503 mean it did not, and the next strategy may serve; a 5xx or a connection lost
 * after the request went out mean it may have, and nobody may send again without a person checking. An answer that
 * is not SuperOffice's ({@link ForeignAnswer}) is never "not granted": a redirect or a proxy's error page means the
 * request did not reach SuperOffice (not available); an HTML page with 2xx is read as "may have acted", to be safe.
 */
final class SendFailures {
    private SendFailures() {}

    /**
     * @param what e.g. "the EMail agent", for messages
     * @param notGrantedFix what to do when SuperOffice refuses us this call
     * @throws SendStrategyException when SuperOffice may have acted
     */
    static SendOutcome outcome(SuperOfficeApiException e, String what, String notGrantedFix) {
        int status = e.status();
        boolean foreign = e.failure() == SuperOfficeApiException.Failure.BAD_RESPONSE && status >= 300;
        if (foreign && status < 500) {
            return new SendOutcome.NotAvailable(
                    e.getMessage(),
                    "something in front of SuperOffice answered instead of it; see README 'Behind a proxy'");
        }
        if (status == 401 || status == 403) {
            return new SendOutcome.NotGranted(
                    "SuperOffice answered " + status + " to " + e.route() + ": " + what + " is not granted to this app"
                            + (e.errorMessage().isBlank() ? "" : " (" + e.errorMessage() + ")"),
                    notGrantedFix);
        }
        boolean refused = (status >= 400 && status < 500) || status == 503 || neverConnected(e);
        if (refused
                || e.failure() == SuperOfficeApiException.Failure.AUTHENTICATION
                || e.failure() == SuperOfficeApiException.Failure.CONFIGURATION) {
            return new SendOutcome.NotAvailable(
                    e.getMessage(),
                    status == 0 || status == 503
                            ? "try again later; check SuperOffice's status page"
                            : "check the mail's links (contact, person, sale) and the settings named above");
        }
        throw new SendStrategyException(
                e.getMessage() + "; SuperOffice may have acted on " + e.route() + " before the failure", true, e);
    }

    private static boolean neverConnected(SuperOfficeApiException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
