package com.roboplanet.soconnector.adapters.superoffice;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code NO_PROXY} as curl 7.86+ reads it ({@code lib/noproxy.c}, {@code --noproxy} in curl's manual):
 *
 * <ul>
 *   <li>the whole value {@code *} matches every host; a {@code *} inside a list matches nothing;
 *   <li>entries are separated by commas, blanks around them are ignored; a blank inside an entry ends the list;
 *   <li>for a host name, an entry matches the name itself or any name that ends with "." plus the entry ({@code
 *       example.com} matches {@code example.com} and {@code www.example.com}, not {@code notexample.com}); one leading
 *       and one trailing dot of the entry, and a trailing dot of the host, are ignored; case does not matter;
 *   <li>for an IP address, an entry matches the same address or, with {@code /bits}, the network ({@code
 *       10.0.0.0/8}, {@code fd00::/8}); host names never match IP entries and the other way round;
 *   <li>ports are not part of the match: an entry with a port ({@code example.com:8080}) matches nothing.
 * </ul>
 *
 * Nothing is excluded unless listed: not {@code localhost}, not loopback addresses.
 */
record NoProxyList(String name, boolean all, List<String> entries) {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** @param name the variable it came from ({@code no_proxy} or {@code NO_PROXY}), for messages */
    static NoProxyList parse(String value, String name) {
        String text = value == null ? "" : value;
        if (text.equals("*")) {
            return new NoProxyList(name, true, List.of());
        }
        List<String> entries = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) i++;
            int start = i;
            while (i < n && !isBlank(text.charAt(i)) && text.charAt(i) != ',') i++;
            if (i > start) entries.add(text.substring(start, i));
            while (i < n && isBlank(text.charAt(i))) i++;
            if (i >= n || text.charAt(i) != ',') break;
            while (i < n && text.charAt(i) == ',') i++;
        }
        return new NoProxyList(name, false, List.copyOf(entries));
    }

    /** Whether a request to {@code host} (a name, an IPv4 address, or an IPv6 address with or without brackets) skips the proxy. */
    boolean matches(String host) {
        if (all) {
            return true;
        }
        if (host == null || host.isEmpty() || entries.isEmpty()) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        byte[] address = literal(h);
        for (String entry : entries) {
            if (address != null ? matchesAddress(address, entry) : matchesName(h, entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesName(String host, String entry) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String token = entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry;
        if (token.startsWith(".")) {
            token = token.substring(1);
        }
        if (token.isEmpty()) {
            return false;
        }
        name = name.toLowerCase(Locale.ROOT);
        token = token.toLowerCase(Locale.ROOT);
        return name.equals(token) || name.endsWith("." + token);
    }

    private static boolean matchesAddress(byte[] address, String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null || network.length != address.length) {
            return false;
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                return false;
            }
            if (bits < 0 || bits > address.length * 8) {
                return false;
            }
        }
        if (bits == 0) {
            return true;
        }
        BigInteger mask =
                BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(address.length * 8 - bits);
        return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    /** The bytes of an IP literal, or null for anything else; never a name lookup. */
    static byte[] literal(String text) {
        var v4 = IPV4.matcher(text);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int g = 0; g < 4; g++) {
                int part = Integer.parseInt(v4.group(g + 1));
                if (part > 255) return null;
                bytes[g] = (byte) part;
            }
            return bytes;
        }
        if (IPV6.matcher(text).matches()) {
            try {
                // Only hex digits, colons and dots get here, so this parses a literal and never asks DNS.
                byte[] bytes = InetAddress.getByName(text).getAddress();
                return bytes.length == 16 ? bytes : null;
            } catch (UnknownHostException | SecurityException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    @Override
    public String toString() {
        return name + "=" + (all ? "*" : String.join(",", entries));
    }
}
