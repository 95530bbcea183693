package com.roboplanet.soconnector.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One exchange with helpers to read parameters and write SuperOffice-shaped answers; remembers the status. */
public final class HttpCall {
    /** The content type of every JSON answer. */
    public static final String JSON = "application/json; charset=utf-8";

    private final HttpExchange exchange;
    private final ObjectMapper json;
    private byte[] body;
    private int status;
    private String route = "unknown";
    private java.util.function.Consumer<HttpCall> beforeAnswer = call -> {};
    private boolean announced;
    private final java.util.List<Runnable> onClose = new java.util.ArrayList<>();
    private boolean untranslatedLists;

    HttpCall(HttpExchange exchange, ObjectMapper json) {
        this.exchange = exchange;
        this.json = json;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** The raw (still percent-encoded) path, such as {@code /Cust12345/api/v1/Sale/341001}. */
    public String path() {
        return exchange.getRequestURI().getRawPath();
    }

    String rawQuery() {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? "" : query;
    }

    /** The first value of a request header, by name in any case, or {@code null}. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The display language the request asks for ({@code SO-Language} before {@code Accept-Language}). */
    public Language language() {
        return Language.of(header("SO-Language"), header("Accept-Language"));
    }

    /**
     * The language list names are answered in: as {@link #language()}, or {@link Language#NONE} (the multi-language
     * form) when a test made the tenant leave its lists untranslated.
     */
    public Language listLanguage() {
        return untranslatedLists ? Language.NONE : language();
    }

    void untranslatedLists(boolean untranslated) {
        untranslatedLists = untranslated;
    }

    int status() {
        return status;
    }

    String route() {
        return route;
    }

    void route(String name) {
        route = name;
    }

    /**
     * Runs once, when the status is decided and before the client can read the answer: the request log is
     * written there, so a client that got its answer always finds its request in the log.
     */
    void beforeAnswer(java.util.function.Consumer<HttpCall> hook) {
        beforeAnswer = beforeAnswer.andThen(hook);
    }

    void announce() {
        if (!announced) {
            announced = true;
            beforeAnswer.accept(this);
        }
    }

    /** The request body (read once, then kept); empty when there is none. */
    public byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    /**
     * Query parameters, then form-body parameters for a form POST (the token endpoint takes both), decoded; the first
     * value of a repeated name wins.
     */
    public Map<String, String> params() throws IOException {
        Map<String, String> params = new HashMap<>();
        parse(rawQuery(), params);
        String type = header("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            parse(new String(body(), StandardCharsets.UTF_8), params);
        }
        return params;
    }

    private static void parse(String encoded, Map<String, String> into) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.putIfAbsent(name, value);
        }
    }

    /**
     * The request body as JSON.
     *
     * @throws ApiError 400 when the body is empty or not JSON
     */
    public JsonNode jsonBody() throws IOException {
        byte[] bytes = body();
        if (bytes.length == 0) throw ApiError.badRequest("The request needs a JSON body");
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw ApiError.badRequest("The request body is not valid JSON");
        }
    }

    /** Answers {@code code} with {@code value} written as JSON. */
    public void sendJson(int code, Object value) throws IOException {
        send(code, JSON, json.writeValueAsBytes(value));
    }

    void sendError(ApiError error) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("Error", true);
        body.put("ErrorType", error.errorType());
        body.put("ErrorMessage", error.getMessage());
        body.put("ErrorSource", error.source());
        sendJson(error.status(), body);
    }

    /** Answers {@code code} with {@code bytes} of {@code contentType} (no body when empty). */
    public void send(int code, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        status = code;
        announce();
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Starts a chunked 200 answer for streaming; the caller writes and closes the stream. */
    public OutputStream startStream(String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("DataServiceVersion", "3.0");
        status = 200;
        announce();
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    /** Sets an answer header; call before the answer is sent. */
    public void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    /** Closes the connection without any answer (the dropped-connection fault). */
    void drop() {
        status = 0;
        announce();
        exchange.close();
    }

    /** Runs once the exchange is closed, whatever happened: a held request's test learns it is handled. */
    void onClose(Runnable hook) {
        onClose.add(hook);
    }

    void close() {
        exchange.close();
        onClose.forEach(Runnable::run);
    }
}
