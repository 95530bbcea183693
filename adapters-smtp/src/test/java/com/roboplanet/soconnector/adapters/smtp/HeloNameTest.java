package com.roboplanet.soconnector.adapters.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeloNameTest {

    @ParameterizedTest
    @CsvSource({
        "build-07.roboplanet.de, build-07.roboplanet.de",
        "Build-07.RoboPlanet.DE, build-07.roboplanet.de",
        "vm, [10.0.0.5]",
        "localhost, [10.0.0.5]",
        "localhost.localdomain, [10.0.0.5]",
        "3f2a9c1b, [10.0.0.5]",
        "172.17.0.2, [172.17.0.2]",
        "fe80:0:0:0:1:2:3:4%eth0, [IPv6:fe80:0:0:0:1:2:3:4]"
    })
    void choose_prefersADottedNameElseAnAddressLiteral(String canonical, String expected) throws Exception {
        Optional<InetAddress> route = Optional.of(InetAddress.getByName("10.0.0.5"));

        assertThat(HeloName.choose(canonical, route)).isEqualTo(expected);
    }

    @Test
    void choose_whenRouteIsIpv6_usesTheTaggedLiteral() throws Exception {
        assertThat(HeloName.choose("vm", Optional.of(InetAddress.getByName("2001:db8::7"))))
                .isEqualTo("[IPv6:2001:db8:0:0:0:0:0:7]");
    }

    @Test
    void choose_whenNothingIsKnown_keepsWhatTheJdkSaid() {
        assertThat(HeloName.choose("vm", Optional.empty())).isEqualTo("vm");
        assertThat(HeloName.choose(null, Optional.empty())).isEqualTo("localhost");
    }

    @Test
    void of_whenSet_usesSmtpHeloName() {
        SmtpSettings settings = SmtpSettings.fromEnvironment(Map.of(
                "SMTP_HOST", "127.0.0.1", "SMTP_FROM", "a@x.example", "SMTP_HELO_NAME", "relay-client.x.example"));

        assertThat(HeloName.of(settings)).isEqualTo("relay-client.x.example");
    }

    @Test
    void of_whenUnsetForALoopbackRelay_isNeverABareName() {
        SmtpSettings settings =
                SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_FROM", "a@x.example"));

        assertThat(HeloName.of(settings)).matches("\\[.+]|[^.]+\\..+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relay client", "relay_client.x.example", "[300.1.1.1", "-x.example", "x..example", "ä.de"})
    void settings_whenHeloNameInvalid_refusesNamingTheKey(String name) {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(
                        Map.of("SMTP_HOST", "127.0.0.1", "SMTP_FROM", "a@x.example", "SMTP_HELO_NAME", name)))
                .hasMessageStartingWith("SMTP_HELO_NAME must be this machine's host name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relay-client.x.example", "mailer", "[192.0.2.7]", "[IPv6:2001:db8::7]"})
    void settings_whenHeloNameValid_keepsIt(String name) {
        assertThat(SmtpSettings.fromEnvironment(
                                Map.of("SMTP_HOST", "127.0.0.1", "SMTP_FROM", "a@x.example", "SMTP_HELO_NAME", name))
                        .heloName())
                .isEqualTo(name);
    }
}
