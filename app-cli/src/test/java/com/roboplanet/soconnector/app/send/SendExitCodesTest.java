package com.roboplanet.soconnector.app.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.domain.model.SendReceipt.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exit code column of ADR 0005's state table: one status each, and 7 winning over 6 over 0. */
class SendExitCodesTest {
    @ParameterizedTest
    @CsvSource({
        "SENT_AND_ARCHIVED,0",
        "HANDED_OFF,0",
        "ALREADY_DONE,0",
        "DRY_RUN,0",
        "NOT_SENT,6",
        "SENT_ARCHIVE_PENDING,7",
        "NEEDS_CHECKING,7",
        "UNASSIGNED,7",
        "OTHER_TENANT,7",
        "IN_USE,7"
    })
    void of_eachStatus_isTheTablesCode(Status status, int code) {
        assertThat(SendExitCodes.of(status)).isEqualTo(code);
    }

    @Test
    void of_everyStatus_isInTheTable() {
        assertThat(Status.values()).hasSize(10);
    }

    @Test
    void worst_unfinishedWinsOverNotSentWinsOverDone() {
        assertThat(SendExitCodes.worst(List.of(ExitCode.OK, ExitCode.NOT_SENT, ExitCode.UNFINISHED)))
                .isEqualTo(ExitCode.UNFINISHED);
        assertThat(SendExitCodes.worst(List.of(ExitCode.OK, ExitCode.NOT_SENT))).isEqualTo(ExitCode.NOT_SENT);
        assertThat(SendExitCodes.worst(List.of(ExitCode.OK))).isEqualTo(ExitCode.OK);
        assertThat(SendExitCodes.worst(List.of())).isEqualTo(ExitCode.OK);
    }
}
