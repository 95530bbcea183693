package com.roboplanet.soconnector.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    @Test
    void redacted_tokenQuery_hidesSecretsKeepsTheRest() {
        assertThat(Dispatcher.redacted("grant_type=refresh_token&client_id=abc&client_secret=s3cr3t&refresh_token=r1"))
                .isEqualTo("grant_type=refresh_token&client_id=abc&client_secret=***&refresh_token=***");
        assertThat(Dispatcher.redacted("code=xyz&redirect_uri=http%3A%2F%2Fx"))
                .isEqualTo("code=***&redirect_uri=http%3A%2F%2Fx");
        assertThat(Dispatcher.redacted("$select=saleId&$top=5")).isEqualTo("$select=saleId&$top=5");
    }

    @Test
    void redacted_credentialHeaders_hidesThemInAnyCaseKeepsTheRest() {
        Map<String, List<String>> logged = Dispatcher.redacted(Map.of(
                "Authorization", List.of("Bearer 8A:Cust1.secret"),
                "so-apptoken", List.of("client-secret"),
                "Accept-language", List.of("en")));

        assertThat(logged.get("authorization")).containsExactly("***");
        assertThat(logged.get("SO-AppToken")).containsExactly("***");
        assertThat(logged.get("Accept-Language")).containsExactly("en");
    }
}
