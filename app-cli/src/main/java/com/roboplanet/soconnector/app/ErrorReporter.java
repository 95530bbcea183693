package com.roboplanet.soconnector.app;

import com.google.inject.ProvisionException;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.domain.port.in.BatchStoppedException;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.ReportSinkException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.io.PrintWriter;

/**
 * Turns a failure into one line on stderr and an exit code. Expected failures (bad input, refused
 * credentials, an unreachable CRM) print their own message; anything else is a bug and says so.
 */
final class ErrorReporter {
    private final PrintWriter err;
    private final boolean debug;

    ErrorReporter(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    int report(Exception failure) {
        Exception e = unwrapped(failure);
        int code = exitCode(e);
        if (code == ExitCode.UNEXPECTED) {
            err.println("so-connector: unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (debug ? "" : " (run with --debug for details)"));
        } else {
            err.println("so-connector: " + e.getMessage());
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * Guice wraps what a provider throws (a half-configured relay, say); the user needs the cause, which carries the
     * message and decides the exit code.
     */
    private static Exception unwrapped(Exception e) {
        if (e instanceof ProvisionException && e.getCause() instanceof Exception cause) {
            return unwrapped(cause);
        }
        return e;
    }

    static int exitCode(Throwable e) {
        if (e instanceof ConfigurationException
                || e instanceof ReportSinkException
                || e instanceof java.io.UncheckedIOException) {
            // The file ports report a file they cannot read or write this way, naming it and the OS's reason.
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof SaleSourceException s) {
            return switch (s.kind()) {
                case INVALID_INPUT -> ExitCode.INVALID_INPUT;
                case ACCESS_DENIED -> ExitCode.ACCESS_DENIED;
                case NOT_PERMITTED -> ExitCode.NOT_PERMITTED;
                case UNAVAILABLE, BAD_RESPONSE -> ExitCode.UNAVAILABLE;
            };
        }
        if (e instanceof CrmCatalogException c) {
            return exitCode(new SaleSourceException(c.kind(), c.getMessage()));
        }
        if (e instanceof CrmDirectoryException d) {
            return switch (d.kind()) {
                case NOT_FOUND, AMBIGUOUS -> ExitCode.INVALID_INPUT;
                case ACCESS_DENIED -> ExitCode.ACCESS_DENIED;
                case NOT_PERMITTED -> ExitCode.NOT_PERMITTED;
                case UNAVAILABLE, BAD_RESPONSE -> ExitCode.UNAVAILABLE;
            };
        }
        if (e instanceof SendStrategyException s) {
            // A mail that may have left must be checked by a person before anything is sent again.
            return s.possiblyDelivered() ? ExitCode.UNFINISHED : ExitCode.UNAVAILABLE;
        }
        if (e instanceof SendJournalException j) {
            return switch (j.kind()) {
                // The journal cannot be read or written (a full disk, no permission): nothing was sent; the message
                // names the file and the system's reason.
                case STORAGE -> ExitCode.INVALID_INPUT;
                // Another run holds the mail, or a mail left and the message says how to finish it.
                case IN_USE, AFTER_SENDING -> ExitCode.UNFINISHED;
            };
        }
        if (e instanceof BatchStoppedException) {
            return ExitCode.UNFINISHED;
        }
        if (e instanceof BatchResultsException) {
            // The result file cannot be written (a full disk): the journal, not the file, keeps mails from going twice.
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof UserInputException || e instanceof IllegalArgumentException) {
            // Bad catalogue files and invalid values reach us as IllegalArgumentException with a message for a person.
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.UNEXPECTED;
    }
}
