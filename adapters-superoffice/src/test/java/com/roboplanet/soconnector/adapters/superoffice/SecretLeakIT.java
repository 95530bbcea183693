package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs scans with every fault that makes the adapter renew, retry or fail, capturing all log output at
 * the configured levels (logback-test.xml: root DEBUG, HttpClient's header/wire loggers pinned as in
 * production) and every exception, and looks for the client secret, the refresh token and any access
 * token ({@code 8A:} is the prefix of SuperOffice access tokens).
 */
class SecretLeakIT {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
    }

    @Test
    void scansWithFaultsAndFailures_neverLogOrThrowSecrets() {
        List<String> texts = new ArrayList<>();
        SandboxCredentials credentials;
        Faults faults = Faults.builder()
                .tokenMaxUses(2)
                .rateLimitEveryNth(5, 1)
                .burst(503, 4, 2)
                .dropConnectionOnRequest(7)
                .moveHostOnRefresh(2)
                .build();
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                SandboxOptions.builder().port(0).salesCount(300).faults(faults).build())) {
            credentials = sandbox.credentials();
            SandboxFixture.Read result = SandboxFixture.read(sandbox, 40, SaleQuery.all(), new RecordingSleeper());
            assertThat(result.sales()).isNotEmpty();
            texts.add(result.report().toString());
            sandbox.revokeRefreshToken();
            texts.add(stackTrace(
                    catchThrowable(() -> SandboxFixture.read(sandbox, 40, SaleQuery.all(), new RecordingSleeper()))));
        }
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(SandboxOptions.builder()
                .port(0)
                .salesCount(300)
                .faults(Faults.builder().malformedSalePage(1).build())
                .build())) {
            texts.add(stackTrace(
                    catchThrowable(() -> SandboxFixture.read(sandbox, 40, SaleQuery.all(), new RecordingSleeper()))));
        }
        for (ILoggingEvent event : appender.list) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(appender.list).as("the scan logs at DEBUG").isNotEmpty();
        assertThat(texts)
                .isNotEmpty()
                .noneMatch(t -> t.contains(credentials.clientSecret()))
                .noneMatch(t -> t.contains(credentials.refreshToken()))
                .noneMatch(t -> t.contains("8A:"))
                .noneMatch(t -> t.contains("Bearer"));
    }

    private static String stackTrace(Throwable thrown) {
        assertThat(thrown).isNotNull();
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
