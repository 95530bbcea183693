package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers that cannot have come from SuperOffice's API, which answers JSON (errors included, as {@code
 * {"Error":true,...}}) and documents no redirects (superoffice-api.md §7): a 3xx, an HTML page, a proxy's 407. They come
 * from a web proxy, a single sign-on gateway or a captive portal between this machine and SuperOffice, so they are
 * faults ({@link Failure#BAD_RESPONSE}, exit 5) and never read as a refusal of the tenant; the message says who answered
 * and with what. A redirect's target is shown without its query, which can carry tokens of the login flow.
 */
final class ForeignAnswer {
    private static final Pattern LOGIN =
            Pattern.compile("(?i)(log[-_ ]?[io]n|sign[-_ ]?[io]n|sso|saml|oauth|auth|adfs|idp|portal|captive|anmeld)");
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final int MAX_TITLE = 80;

    private ForeignAnswer() {}

    /** The fault for a redirect or an HTML page; empty for an answer that may be SuperOffice's. */
    static Optional<SuperOfficeApiException> of(HttpTransport.Request request, HttpTransport.Raw raw) {
        int status = raw.status();
        if (status >= 300 && status < 400) {
            String target = target(request.uri(), raw.location());
            boolean login = LOGIN.matcher(target).find();
            String what = (login ? "a login page" : "a redirect") + " (" + status
                    + (target.isEmpty() ? ", without a Location" : " to " + target) + ")";
            return Optional.of(fault(request, raw, what, login));
        }
        if (isHtml(raw)) {
            String title = title(raw.body());
            boolean login = LOGIN.matcher(title).find();
            String what = (login ? "a login page" : "an HTML page") + " (" + status
                    + (title.isEmpty() ? "" : ", \"" + title + "\"") + ")";
            return Optional.of(fault(request, raw, what, login));
        }
        return Optional.empty();
    }

    /** A proxy that wants a login we do not have, or refused the one we sent. */
    static SuperOfficeApiException proxyLogin(HttpTransport.Request request, HttpTransport.Raw raw) {
        ProxyEndpoint proxy = raw.proxy();
        String message;
        if (proxy == null) {
            message = "a web proxy answered 407 (Proxy Authentication Required) to " + request.route()
                    + " although none is configured: this network needs one; set HTTPS_PROXY or SO_PROXY to"
                    + " http://user:password@proxy:port (README 'Behind a proxy')";
        } else if (!proxy.hasCredentials()) {
            message = "the proxy " + proxy + " (from " + proxy.source() + ") asks for a login (407) for "
                    + request.route() + ": put the user and password into " + proxy.source()
                    + " as http://user:password@host:port (percent-encode special characters)";
        } else {
            message = "the proxy " + proxy + " (from " + proxy.source() + ") refused the user and password given in "
                    + proxy.source() + " (407) for " + request.route() + "; correct them there (it supports Basic and"
                    + " Digest logins, not NTLM or Kerberos: use a local forwarder such as cntlm or px for those)";
        }
        return new SuperOfficeApiException(Failure.CONFIGURATION, 407, "", "", null, request.route(), message, null);
    }

    /** {@code ", answered as an HTML page"} for a failure message, or nothing. */
    static String htmlNote(HttpTransport.Raw raw) {
        if (!isHtml(raw)) {
            return "";
        }
        String title = title(raw.body());
        String from = raw.proxy() == null ? "" : " from the proxy " + raw.proxy();
        return " (an HTML page" + from + (title.isEmpty() ? "" : ", \"" + title + "\"") + ")";
    }

    private static SuperOfficeApiException fault(
            HttpTransport.Request request, HttpTransport.Raw raw, String what, boolean login) {
        ProxyEndpoint proxy = raw.proxy();
        String message;
        if (proxy != null) {
            message = "the proxy " + proxy + " (from " + proxy.source() + ") answered " + what + " to "
                    + request.route() + " instead of passing on SuperOffice's answer; "
                    + (login
                            ? "sign in to the proxy, or ask its administrators to let this machine through to"
                                    + " SuperOffice without a browser login"
                            : "ask its administrators to let this machine through to SuperOffice");
        } else {
            message = request.route() + " was answered with " + what + ", which SuperOffice's API never sends:"
                    + " something in front of SuperOffice answered (a web proxy, a single sign-on gateway or a captive"
                    + " portal); check SO_LOGIN_URL and SO_API_URL, and set HTTPS_PROXY or SO_PROXY if this network"
                    + " needs a proxy";
        }
        return new SuperOfficeApiException(
                Failure.BAD_RESPONSE, raw.status(), "", "", null, request.route(), message, null);
    }

    /**
     * Where a redirect points, absolute, without user information, query or fragment (a login flow's query can carry
     * tokens); empty without a Location.
     */
    static String target(URI request, String location) {
        if (location == null || location.isBlank()) {
            return "";
        }
        try {
            URI resolved = request.resolve(location.strip());
            if (resolved.getHost() == null) {
                return "an unreadable address";
            }
            return resolved.getScheme() + "://" + resolved.getHost()
                    + (resolved.getPort() < 0 ? "" : ":" + resolved.getPort())
                    + (resolved.getRawPath() == null ? "" : resolved.getRawPath());
        } catch (IllegalArgumentException e) {
            return "an unreadable address";
        }
    }

    static boolean isHtml(HttpTransport.Raw raw) {
        String type = raw.contentType() == null ? "" : raw.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return true;
        }
        String start = start(raw.body()).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String start(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").stripLeading();
    }

    private static String title(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 16_384), StandardCharsets.UTF_8);
        Matcher m = TITLE.matcher(text);
        if (!m.find()) {
            return "";
        }
        String title = m.group(1).replaceAll("\\s+", " ").strip();
        return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) + "..." : title;
    }
}
