package com.roboplanet.soconnector.adapters.superoffice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * One HTTP proxy: host, port, optional Basic credentials, and the setting that named it ({@code HTTPS_PROXY}, {@code
 * -Dhttps.proxyHost}, {@code SO_PROXY}). {@link #toString()} is {@code http://host:port}, never with the credentials
 * (a proxy login is often the user's own Windows account).
 *
 * @param password may be empty (a user without password); null when there is no user
 */
record ProxyEndpoint(String host, int port, String username, String password, String source) {
    /** curl's default when a proxy URL has no port ({@code CURLOPT_PROXY}). */
    static final int DEFAULT_PORT = 1080;

    static ProxyEndpoint of(String host, int port, String username, String password, String source) {
        boolean user = username != null && !username.isEmpty();
        return new ProxyEndpoint(
                host.toLowerCase(Locale.ROOT),
                port,
                user ? username : null,
                user ? nullToEmpty(password) : null,
                source);
    }

    /**
     * Reads {@code [http://][user[:password]@]host[:port][/]} as curl does.
     *
     * @param name the variable it came from, for the message and {@link #source()}
     * @throws IllegalArgumentException naming the variable, never repeating the value (it may hold a password)
     */
    static ProxyEndpoint parse(String value, String name) {
        String text = value.strip();
        int schemeEnd = text.indexOf("://");
        String scheme = schemeEnd < 0 ? "http" : text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException(name + " names a " + scheme + ":// proxy; so-connector speaks to HTTP"
                    + " proxies only (http://host:port, which also carries https:// traffic)");
        }
        URI uri;
        try {
            uri = new URI(schemeEnd < 0 ? "http://" + text : text);
        } catch (URISyntaxException e) {
            throw unreadable(name);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw unreadable(name);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/"))
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    name + " must be a proxy address (http://host:port), without a path, query or #fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            // java.net.URI takes any digits; the HTTP client would later refuse them without naming the variable.
            throw new IllegalArgumentException(
                    name + " names port " + uri.getPort() + ", which is not a port (1 to 65535): http://host:port");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getUserInfo(); // percent-decoded
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            password = colon < 0 ? "" : userInfo.substring(colon + 1);
        }
        return of(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), user, password, name);
    }

    private static IllegalArgumentException unreadable(String name) {
        return new IllegalArgumentException(name + " is not a proxy URL of the form http://[user:password@]host:port"
                + " (percent-encode special characters in the user and password, e.g. @ as %40)");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    boolean hasCredentials() {
        return username != null;
    }

    /** {@code http://host:port}: what messages and {@code probe} show. */
    @Override
    public String toString() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
