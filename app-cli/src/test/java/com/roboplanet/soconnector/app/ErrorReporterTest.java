package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.domain.port.in.BatchStoppedException;
import com.roboplanet.soconnector.domain.port.out.BatchResultsException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException;
import com.roboplanet.soconnector.domain.port.out.CrmDirectoryException.Kind;
import com.roboplanet.soconnector.domain.port.out.SendJournalException;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorReporterTest {

    @ParameterizedTest
    @CsvSource({"NOT_FOUND,3", "AMBIGUOUS,3", "ACCESS_DENIED,4", "UNAVAILABLE,5", "BAD_RESPONSE,5"})
    void exitCode_directoryFailure_dependsOnItsKind(Kind kind, int code) {
        assertThat(ErrorReporter.exitCode(new CrmDirectoryException(kind, "x", null)))
                .isEqualTo(code);
    }

    @Test
    void exitCode_sendFailures_sayWhetherAPersonMustCheck() {
        assertThat(ErrorReporter.exitCode(new SendStrategyException("x", true, null)))
                .isEqualTo(ExitCode.UNFINISHED);
        assertThat(ErrorReporter.exitCode(new SendStrategyException("x", false, null)))
                .isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(ErrorReporter.exitCode(new SendJournalException(SendJournalException.Kind.IN_USE, "in use", null)))
                .isEqualTo(ExitCode.UNFINISHED);
    }

    @Test
    void exitCode_journalFailures_sayWhetherAMailLeft() {
        assertThat(ErrorReporter.exitCode(new SendJournalException("No space left on device")))
                .as("nothing was sent: the journal or the disk must be fixed first")
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ErrorReporter.exitCode(
                        new SendJournalException(SendJournalException.Kind.AFTER_SENDING, "was sent, but", null)))
                .isEqualTo(ExitCode.UNFINISHED);
        assertThat(ErrorReporter.exitCode(new BatchResultsException("--results x: No space left on device", null)))
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ErrorReporter.exitCode(new BatchStoppedException("row 2: may have left")))
                .isEqualTo(ExitCode.UNFINISHED);
    }

    @Test
    void report_failureInsideAGuiceProvider_printsTheCauseAndItsCode() {
        StringWriter err = new StringWriter();
        ConfigurationException cause =
                new ConfigurationException("SMTP_FROM is not set; the smtp-relay strategy needs it");
        ProvisionException wrapped = new ProvisionException(List.of(new Message(List.of(), "provider failed", cause)));

        int code = new ErrorReporter(new PrintWriter(err, true), false).report(wrapped);

        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("so-connector: SMTP_FROM is not set; the smtp-relay strategy needs it\n");
    }
}
