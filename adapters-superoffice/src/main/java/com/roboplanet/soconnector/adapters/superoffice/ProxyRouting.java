package com.roboplanet.soconnector.adapters.superoffice;

import java.util.Locale;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.Credentials;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Tells HttpClient 5 what {@link ProxySettings} decided: HttpClient reads neither the proxy environment variables nor
 * Java's proxy properties unless it is given a route planner, and sends proxy credentials only when a credentials
 * provider has them. {@code https://} targets go through the proxy with {@code CONNECT} (a tunnel), {@code http://}
 * targets as absolute-URI requests.
 */
final class ProxyRouting {
    private ProxyRouting() {}

    static DefaultRoutePlanner routePlanner(ProxySettings proxies) {
        return new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
            @Override
            protected HttpHost determineProxy(HttpHost target, HttpContext context) {
                return proxies.proxyFor(target.getSchemeName(), target.getHostName())
                        .map(p -> new HttpHost("http", p.host(), p.port()))
                        .orElse(null);
            }
        };
    }

    /**
     * The user and password of the proxy that asks (407), and nothing for anyone else: a target host that asks for a
     * login (401) never gets the proxy's credentials.
     */
    static CredentialsProvider proxyCredentials(ProxySettings proxies) {
        return (AuthScope scope, HttpContext context) -> {
            String host = scope.getHost() == null ? "" : scope.getHost().toLowerCase(Locale.ROOT);
            for (ProxyEndpoint proxy : proxies.endpoints()) {
                if (proxy.hasCredentials() && proxy.host().equals(host) && proxy.port() == scope.getPort()) {
                    Credentials credentials = new UsernamePasswordCredentials(
                            proxy.username(), proxy.password().toCharArray());
                    return credentials;
                }
            }
            return null;
        };
    }
}
