package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A proxy's or gateway's answer to a send is never read as SuperOffice refusing the right to send. */
class SendFailuresTest {
    private static SuperOfficeApiException foreign(int status) {
        return new SuperOfficeApiException(
                Failure.BAD_RESPONSE, status, "", "", null, "POST v1/Agents/EMail/Send", "a login page", null);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308, 400, 401, 403, 404, 407})
    void outcome_whenSomethingElseAnsweredWithRedirectOrErrorPage_isNotAvailableNeverNotGranted(int status) {
        SendOutcome outcome = SendFailures.outcome(foreign(status), "the EMail agent", "grant it");
        assertThat(outcome).isInstanceOf(SendOutcome.NotAvailable.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 500})
    void outcome_whenAnHtmlPageAnsweredASendWith2xxOr5xx_mayHaveActed(int status) {
        assertThatThrownBy(() -> SendFailures.outcome(foreign(status), "the EMail agent", "grant it"))
                .isInstanceOfSatisfying(
                        SendStrategyException.class,
                        e -> assertThat(e.possiblyDelivered()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void outcome_whenSuperOfficeRefuses_isNotGranted(int status) {
        SuperOfficeApiException refused = new SuperOfficeApiException(
                status == 401 ? Failure.AUTHENTICATION : Failure.REJECTED,
                status,
                "SoSecurityException",
                "no",
                null,
                "POST v1/Agents/EMail/Send",
                "refused",
                null);
        assertThat(SendFailures.outcome(refused, "the EMail agent", "grant it"))
                .isInstanceOf(SendOutcome.NotGranted.class);
    }
}
