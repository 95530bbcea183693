package com.roboplanet.soconnector.adapters.superoffice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code http.nonProxyHosts} as the JDK reads it ("Networking Properties" in the JDK documentation, {@code
 * sun.net.spi.DefaultProxySelector}): patterns separated by {@code |}, each of which may start and/or end with {@code
 * *}; case does not matter; an IPv6 host is matched with its brackets ({@code [::1]}).
 */
record JavaNonProxyHosts(List<String> patterns) {
    static JavaNonProxyHosts parse(String value) {
        return new JavaNonProxyHosts(Arrays.stream(value.split("\\|"))
                .map(p -> p.strip().toLowerCase(Locale.ROOT))
                .filter(p -> !p.isEmpty())
                .toList());
    }

    boolean matches(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        for (String pattern : patterns) {
            if (matches(h, pattern)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String host, String pattern) {
        boolean leading = pattern.startsWith("*");
        boolean trailing = pattern.length() > 1 && pattern.endsWith("*");
        if (pattern.equals("*")) {
            return true;
        }
        String core = pattern.substring(leading ? 1 : 0, pattern.length() - (trailing ? 1 : 0));
        if (leading && trailing) return host.contains(core);
        if (leading) return host.endsWith(core);
        if (trailing) return host.startsWith(core);
        return host.equals(core);
    }

    @Override
    public String toString() {
        return String.join("|", patterns);
    }
}
