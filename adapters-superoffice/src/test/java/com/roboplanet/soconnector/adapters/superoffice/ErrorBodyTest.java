package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

    private static ErrorBody parse(String body) {
        return ErrorBody.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parse_whenSuperOfficeShape_readsTypeAndMessage() {
        ErrorBody body = parse("{\"Error\":true,\"ErrorType\":\"SoNotFoundException\","
                + "\"ErrorMessage\":\"Contact id 99999 not found\",\"ErrorSource\":\"x\"}");
        assertThat(body).isEqualTo(new ErrorBody("SoNotFoundException", "Contact id 99999 not found"));
        assertThat(body.describe()).isEqualTo(" (SoNotFoundException: Contact id 99999 not found)");
    }

    @Test
    void parse_whenAspNetShape_readsMessage() {
        ErrorBody body =
                parse("{\"$type\":\"System.Web.Http.HttpError, System.Web.Http\",\"Message\":\"Image not found\"}");
        assertThat(body).isEqualTo(new ErrorBody("", "Image not found"));
    }

    @Test
    void parse_whenOAuthShape_readsErrorCode() {
        assertThat(parse("{\"error\":\"access_denied\"}")).isEqualTo(new ErrorBody("access_denied", ""));
    }

    @Test
    void parse_whenNotJsonOrEmpty_returnsNone() {
        assertThat(parse("<html>Bad gateway</html>")).isEqualTo(ErrorBody.NONE);
        assertThat(parse("")).isEqualTo(ErrorBody.NONE);
        assertThat(parse("[1,2]")).isEqualTo(ErrorBody.NONE);
        assertThat(ErrorBody.NONE.describe()).isEmpty();
    }

    @Test
    void parse_whenMessageMultilineAndLong_keepsOneShortLine() {
        ErrorBody body = parse("{\"ErrorMessage\":\"line one\\nline two " + "x".repeat(400) + "\"}");
        assertThat(body.errorMessage())
                .doesNotContain("\n")
                .startsWith("line one line two")
                .hasSize(303);
    }
}
