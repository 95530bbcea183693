package com.roboplanet.soconnector.adapters.superoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which HTTP proxy carries a request to SuperOffice (the login host and the tenant's API host), decided per request
 * from three sources, the most specific first; the first that names a proxy for the request's scheme decides, with its
 * own exclusion list:
 *
 * <ol>
 *   <li>{@code SO_PROXY}: a proxy URL for every SuperOffice request, or {@code direct} for none (overrides the rest);
 *   <li>Java's system properties as the JDK reads them ({@code http.proxyHost}/{@code http.proxyPort} for {@code
 *       http://} targets, {@code https.proxyHost}/{@code https.proxyPort} for {@code https://} targets, {@code
 *       http.nonProxyHosts} for both, with the JDK's default exclusions {@code localhost|127.*|[::1]|0.0.0.0|[::0]}
 *       when it is unset); {@code http(s).proxyUser}/{@code http(s).proxyPassword} as HttpClient reads them;
 *   <li>the environment as curl reads it: {@code https_proxy}/{@code HTTPS_PROXY} for {@code https://} targets,
 *       {@code http_proxy} (and {@code HTTP_PROXY} unless {@code REQUEST_METHOD} says this runs as a CGI script) for
 *       {@code http://} targets, then {@code all_proxy}/{@code ALL_PROXY}; lower case first, empty means unset; {@code
 *       no_proxy}/{@code NO_PROXY} as in {@link NoProxyList}. Nothing is excluded implicitly.
 * </ol>
 *
 * <p>A proxy URL is {@code [http://][user[:password]@]host[:port]}: without a port curl's 1080 applies; user and
 * password are percent-decoded and sent as Basic (or Digest) proxy credentials. Only HTTP proxies are supported.
 * Sources: curl's {@code lib/url.c} and {@code lib/noproxy.c} and its manual ({@code --noproxy}); the JDK's
 * "Networking Properties" page; RFC 9110 §11.7 (Proxy-Authenticate).
 *
 * <p>Passwords never appear in {@link #toString()}, {@link #describe} or any message built here.
 */
public final class ProxySettings {
    /** The value of {@code SO_PROXY} that forces direct connections. */
    public static final String DIRECT = "direct";

    private static final String JDK_DEFAULT_NON_PROXY_HOSTS = "localhost|127.*|[::1]|0.0.0.0|[::0]";
    private static final ProxySettings NONE = new ProxySettings(List.of());

    private final List<Source> sources;

    private ProxySettings(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** No proxy for anything: the default, and what the built-in sandbox on loopback uses. */
    public static ProxySettings none() {
        return NONE;
    }

    /**
     * @param soProxy the value of {@code SO_PROXY}: a proxy URL, {@code direct} (or {@code none}), or null or blank
     *     when unset
     * @param environment the process environment (only the proxy variables and {@code REQUEST_METHOD} are read)
     * @param systemProperties Java's system properties (only the proxy properties are read)
     * @throws IllegalArgumentException naming the variable or property whose value cannot be used (never its value,
     *     which may hold a password); with {@code SO_PROXY} set, only {@code SO_PROXY} is read
     */
    public static ProxySettings resolve(
            String soProxy, Map<String, String> environment, Map<String, String> systemProperties) {
        String so = soProxy == null ? "" : soProxy.strip();
        if (!so.isEmpty()) {
            // SO_PROXY decides every SuperOffice request, so the other sources are not even read: a proxy variable set
            // for other programs, unreadable for this one, cannot stand in the way.
            return new ProxySettings(List.of(
                    so.equalsIgnoreCase(DIRECT) || so.equalsIgnoreCase("none")
                            ? new Fixed(null, "SO_PROXY=" + DIRECT)
                            : new Fixed(ProxyEndpoint.parse(so, "SO_PROXY"), "SO_PROXY")));
        }
        return new ProxySettings(List.of(JavaProperties.read(systemProperties), Environment.read(environment)));
    }

    /** The proxy for a request to {@code scheme://host}, or empty for a direct connection. */
    Optional<ProxyEndpoint> proxyFor(String scheme, String host) {
        return decide(scheme, host).proxy();
    }

    /**
     * How a request to {@code scheme://host} travels, for {@code probe} and messages: {@code "http://proxy:3128 (from
     * HTTPS_PROXY, with a login)"}, {@code "direct (NO_PROXY lists sod.superoffice.com)"} or {@code "direct (no proxy
     * set)"}. Never the user or password.
     */
    public String describe(String scheme, String host) {
        Decision decision = decide(scheme, host);
        return decision.proxy()
                .map(p -> p + " (from " + decision.why() + (p.hasCredentials() ? ", with a login" : "") + ")")
                .orElse("direct (" + decision.why() + ")");
    }

    /** Every proxy any source names, for the credentials provider. */
    List<ProxyEndpoint> endpoints() {
        List<ProxyEndpoint> all = new ArrayList<>();
        for (Source source : sources) {
            all.addAll(source.endpoints());
        }
        return all;
    }

    private Decision decide(String scheme, String host) {
        String s = scheme.toLowerCase(Locale.ROOT);
        for (Source source : sources) {
            Optional<Decision> decision = source.decide(s, host);
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        return new Decision(Optional.empty(), "no proxy set");
    }

    @Override
    public String toString() {
        return "ProxySettings" + sources;
    }

    /** The outcome for one target: the proxy, or none, and which setting said so. */
    private record Decision(Optional<ProxyEndpoint> proxy, String why) {}

    /** One place proxies are configured. Empty: it says nothing about this scheme, ask the next. */
    private interface Source {
        Optional<Decision> decide(String scheme, String host);

        List<ProxyEndpoint> endpoints();
    }

    /** {@code SO_PROXY}: one answer for every SuperOffice request. */
    private record Fixed(ProxyEndpoint proxy, String name) implements Source {
        @Override
        public Optional<Decision> decide(String scheme, String host) {
            return Optional.of(new Decision(Optional.ofNullable(proxy), name));
        }

        @Override
        public List<ProxyEndpoint> endpoints() {
            return proxy == null ? List.of() : List.of(proxy);
        }

        @Override
        public String toString() {
            return name + "=" + (proxy == null ? DIRECT : proxy);
        }
    }

    /** Java's {@code http(s).proxyHost} properties with {@code http.nonProxyHosts}. */
    private record JavaProperties(ProxyEndpoint http, ProxyEndpoint https, JavaNonProxyHosts exclusions)
            implements Source {

        static JavaProperties read(Map<String, String> properties) {
            String nonProxyHosts = properties.get("http.nonProxyHosts");
            return new JavaProperties(
                    endpoint(properties, "http", 80),
                    endpoint(properties, "https", 443),
                    JavaNonProxyHosts.parse(nonProxyHosts == null ? JDK_DEFAULT_NON_PROXY_HOSTS : nonProxyHosts));
        }

        private static ProxyEndpoint endpoint(Map<String, String> properties, String scheme, int defaultPort) {
            String host = properties.getOrDefault(scheme + ".proxyHost", "").strip();
            if (host.isEmpty()) {
                return null;
            }
            String portKey = scheme + ".proxyPort";
            String portText = properties.getOrDefault(portKey, "").strip();
            int port = defaultPort;
            if (!portText.isEmpty()) {
                try {
                    port = Integer.parseInt(portText);
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 1 || port > 65_535) {
                    throw new IllegalArgumentException("the Java system property " + portKey
                            + " must be a port number (1-65535), was '" + portText + "'");
                }
            }
            String user = properties.get(scheme + ".proxyUser");
            String password = properties.get(scheme + ".proxyPassword");
            return ProxyEndpoint.of(host, port, user, password, "-D" + scheme + ".proxyHost");
        }

        @Override
        public Optional<Decision> decide(String scheme, String host) {
            ProxyEndpoint proxy = scheme.equals("https") ? https : scheme.equals("http") ? http : null;
            if (proxy == null) {
                return Optional.empty();
            }
            return Optional.of(
                    exclusions.matches(host)
                            ? new Decision(Optional.empty(), "http.nonProxyHosts matches " + host)
                            : new Decision(Optional.of(proxy), proxy.source()));
        }

        @Override
        public List<ProxyEndpoint> endpoints() {
            List<ProxyEndpoint> all = new ArrayList<>();
            if (http != null) all.add(http);
            if (https != null) all.add(https);
            return all;
        }

        @Override
        public String toString() {
            return "JavaProperties[http=" + http + ", https=" + https + ", http.nonProxyHosts=" + exclusions + "]";
        }
    }

    /** The proxy variables of the environment, read like curl. */
    private record Environment(ProxyEndpoint http, ProxyEndpoint https, ProxyEndpoint all, NoProxyList noProxy)
            implements Source {

        static Environment read(Map<String, String> env) {
            // HTTP_PROXY in capitals is what a CGI server sets from a request's "Proxy:" header (httpoxy), which is why
            // curl never reads it; outside CGI it is what people set, so it is read unless REQUEST_METHOD is there.
            boolean cgi = present(env, "REQUEST_METHOD");
            String httpName = first(env, cgi ? List.of("http_proxy") : List.of("http_proxy", "HTTP_PROXY"));
            String httpsName = first(env, List.of("https_proxy", "HTTPS_PROXY"));
            String allName = first(env, List.of("all_proxy", "ALL_PROXY"));
            String noProxyName = first(env, List.of("no_proxy", "NO_PROXY"));
            return new Environment(
                    httpName == null ? null : ProxyEndpoint.parse(env.get(httpName), httpName),
                    httpsName == null ? null : ProxyEndpoint.parse(env.get(httpsName), httpsName),
                    allName == null ? null : ProxyEndpoint.parse(env.get(allName), allName),
                    noProxyName == null
                            ? NoProxyList.parse("", "NO_PROXY")
                            : NoProxyList.parse(env.get(noProxyName), noProxyName));
        }

        private static String first(Map<String, String> env, List<String> names) {
            return names.stream().filter(name -> present(env, name)).findFirst().orElse(null);
        }

        /** curl reads an empty variable as an unset one. */
        private static boolean present(Map<String, String> env, String name) {
            String value = env.get(name);
            return value != null && !value.isBlank();
        }

        @Override
        public Optional<Decision> decide(String scheme, String host) {
            ProxyEndpoint proxy = scheme.equals("https") ? https : scheme.equals("http") ? http : null;
            if (proxy == null) {
                proxy = all;
            }
            if (proxy == null) {
                return Optional.empty();
            }
            return Optional.of(
                    noProxy.matches(host)
                            ? new Decision(Optional.empty(), noProxy.name() + " lists " + host)
                            : new Decision(Optional.of(proxy), proxy.source()));
        }

        @Override
        public List<ProxyEndpoint> endpoints() {
            List<ProxyEndpoint> all = new ArrayList<>();
            for (ProxyEndpoint p : new ProxyEndpoint[] {http, https, this.all}) {
                if (p != null) all.add(p);
            }
            return all;
        }

        @Override
        public String toString() {
            return "Environment[http=" + http + ", https=" + https + ", all=" + all + ", " + noProxy + "]";
        }
    }

    /** Two settings are equal when every source says the same; for tests and caching. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProxySettings p && p.sources.equals(sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources);
    }
}
