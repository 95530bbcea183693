package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** curl's NO_PROXY rules ({@code lib/noproxy.c}), over generated names, entries and addresses. */
class NoProxyListTest {
    private static final List<String> DOMAINS =
            List.of("example.com", "superoffice.com", "online.superoffice.com", "a.b.c.example.org", "localhost");

    private record Shape(String name, UnaryOperator<String> entry, UnaryOperator<String> host, boolean matches) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("same name", d -> d, h -> h, true),
            new Shape("sub-domain", d -> d, h -> "www." + h, true),
            new Shape("sub-sub-domain", d -> d, h -> "x.y." + h, true),
            new Shape("leading dot, same name", d -> "." + d, h -> h, true),
            new Shape("leading dot, sub-domain", d -> "." + d, h -> "sod2." + h, true),
            new Shape("trailing dot in entry", d -> d + ".", h -> h, true),
            new Shape("trailing dot in host", d -> d, h -> h + ".", true),
            new Shape("other case", d -> d.toUpperCase(Locale.ROOT), h -> h, true),
            new Shape("name glued in front", d -> d, h -> "not" + h, false),
            new Shape("name continues", d -> d, h -> h + ".evil", false),
            new Shape("entry longer than host", d -> "www." + d, h -> h, false),
            new Shape("entry with a port", d -> d + ":443", h -> h, false),
            new Shape("wildcard inside an entry", d -> "*." + d, h -> "www." + h, false),
            new Shape("two leading dots", d -> ".." + d, h -> h, false));

    static Stream<Arguments> names() {
        return DOMAINS.stream().flatMap(d -> SHAPES.stream().map(s -> Arguments.of(s.name, d, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void matches_whenHostIsAName_followsCurlsDomainRules(String shape, String domain, Shape s) {
        String entry = s.entry.apply(domain);
        String host = s.host.apply(domain);
        // Alone, first, last and between other entries, with blanks around: the position never matters.
        for (String list : List.of(
                entry,
                entry + ",other.invalid",
                "other.invalid," + entry,
                " other.invalid ,\t" + entry + " , x.invalid",
                ",," + entry + ",,")) {
            assertThat(NoProxyList.parse(list, "NO_PROXY").matches(host))
                    .as("NO_PROXY=%s, host %s", list, host)
                    .isEqualTo(s.matches);
        }
    }

    @Test
    void matches_whenValueIsAsteriskAlone_matchesEveryHost_butNotInsideAList() {
        NoProxyList all = NoProxyList.parse("*", "NO_PROXY");
        for (String host : List.of("sod.superoffice.com", "127.0.0.1", "[::1]", "localhost")) {
            assertThat(all.matches(host)).isTrue();
            assertThat(NoProxyList.parse("*,example.com", "NO_PROXY").matches(host))
                    .isFalse();
            assertThat(NoProxyList.parse(" *", "NO_PROXY").matches(host)).isFalse();
        }
    }

    @Test
    void matches_whenNothingListed_excludesNothingImplicitly() {
        for (String value : new String[] {null, "", " ", ","}) {
            NoProxyList none = NoProxyList.parse(value, "NO_PROXY");
            for (String host : List.of("localhost", "127.0.0.1", "[::1]", "sod.superoffice.com")) {
                assertThat(none.matches(host))
                        .as("%s with NO_PROXY=%s", host, value)
                        .isFalse();
            }
        }
    }

    @Test
    void parse_whenBlankInsideTheList_endsTheListLikeCurl() {
        NoProxyList list = NoProxyList.parse("a.example.com b.example.com,c.example.com", "NO_PROXY");
        assertThat(list.matches("a.example.com")).isTrue();
        assertThat(list.matches("b.example.com")).isFalse();
        assertThat(list.matches("c.example.com")).isFalse();
    }

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("10.1.2.3", "10.1.2.3", true),
                Arguments.of("10.1.2.3", "10.1.2.4", false),
                Arguments.of("10.1.2.3", "10.0.0.0/8", true),
                Arguments.of("11.1.2.3", "10.0.0.0/8", false),
                Arguments.of("192.168.7.9", "192.168.0.0/16", true),
                Arguments.of("192.169.7.9", "192.168.0.0/16", false),
                Arguments.of("172.31.0.1", "172.16.0.0/12", true),
                Arguments.of("172.32.0.1", "172.16.0.0/12", false),
                Arguments.of("8.8.8.8", "0.0.0.0/0", true),
                Arguments.of("127.0.0.1", "127.0.0.1/32", true),
                Arguments.of("127.0.0.1", "127.0.0.1/33", false),
                Arguments.of("127.0.0.1", "localhost", false),
                Arguments.of("127.0.0.1", "0.0.1", false),
                Arguments.of("[::1]", "::1", true),
                Arguments.of("[::1]", "[::1]", false),
                Arguments.of("[fd00::17]", "fd00::/8", true),
                Arguments.of("[fe80::17]", "fd00::/8", false),
                Arguments.of("[2001:db8::1]", "2001:db8::/32", true),
                Arguments.of("[2001:db9::1]", "2001:db8::/32", false),
                Arguments.of("[::1]", "127.0.0.1", false),
                Arguments.of("10.example.com", "10.0.0.0/8", false));
    }

    @ParameterizedTest(name = "{0} with NO_PROXY={1}")
    @MethodSource("addresses")
    void matches_whenHostIsAnAddress_comparesAddressesAndNetworks(String host, String entry, boolean matches) {
        assertThat(NoProxyList.parse("other.invalid," + entry, "no_proxy").matches(host))
                .isEqualTo(matches);
    }
}
