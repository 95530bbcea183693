package com.roboplanet.soconnector.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small forward proxy on 127.0.0.1 (dynamic port) for tests: {@code CONNECT host:port} tunnels and plain-HTTP
 * absolute-URI requests, as company proxies serve them. It alone resolves the host names it is given ({@link
 * #resolve}), so a client that reaches them went through it. It can demand Basic credentials (407 otherwise) and can
 * answer every request with a redirect to its login page, as a proxy with a lapsed browser session does. Each plain
 * request goes upstream on its own connection ({@code Connection: close}); tunnels are piped both ways.
 */
final class TestForwardProxy implements AutoCloseable {
    /** One request the proxy received: method, target, and the decoded {@code user:password} it carried, if any. */
    record Received(String method, String target, String credentials) {}

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-forward-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> hosts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger challenges = new AtomicInteger();
    private volatile String requiredCredentials;
    private volatile boolean loginRedirect;

    private TestForwardProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    static TestForwardProxy start() {
        try {
            return new TestForwardProxy();
        } catch (IOException e) {
            throw new IllegalStateException("the test proxy could not listen on loopback", e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT}, optionally with credentials. */
    String url(String userInfo) {
        return "http://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:" + port();
    }

    /** Only the proxy resolves {@code name}, to {@code address}. */
    TestForwardProxy resolve(String name, String address) {
        hosts.put(name.toLowerCase(Locale.ROOT), address);
        return this;
    }

    /** From now on every request needs {@code Proxy-Authorization: Basic} with this {@code user:password}. */
    TestForwardProxy requireCredentials(String userColonPassword) {
        requiredCredentials = userColonPassword;
        return this;
    }

    /** From now on every request is answered {@code 302} to the proxy's login page, with an HTML body. */
    TestForwardProxy redirectToLoginPage() {
        loginRedirect = true;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** How many 407 challenges the proxy sent. */
    int challenges() {
        return challenges.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
                String[] requestLine = lines.remove(0).split(" ");
                String method = requestLine[0];
                String target = requestLine[1];
                String credentials = credentials(lines);
                received.add(new Received(method, target, credentials));
                byte[] body = readBody(in, lines);
                if (requiredCredentials != null && !requiredCredentials.equals(credentials)) {
                    challenges.incrementAndGet();
                    answer(
                            out,
                            "407 Proxy Authentication Required",
                            "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n",
                            "text/html",
                            "<html><title>Proxy login</title></html>",
                            false);
                    continue;
                }
                if (loginRedirect) {
                    answer(
                            out,
                            "302 Found",
                            "Location: http://proxy.invalid/login/?from=" + target + "&sid=secret-sid\r\n",
                            "text/html",
                            "<html><title>Log in to the web proxy</title></html>",
                            true);
                    return;
                }
                if (method.equals("CONNECT")) {
                    tunnel(client, target);
                    return;
                }
                forward(out, method, target, lines, body);
                return;
            }
        } catch (IOException e) {
            // The client or upstream went away; the test sees that in its own results.
        }
    }

    private void tunnel(Socket client, String authority) throws IOException {
        int colon = authority.lastIndexOf(':');
        Socket upstream = connect(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
        if (upstream == null) {
            answer(client.getOutputStream(), "502 Bad Gateway", "", "text/plain", "unknown host", true);
            return;
        }
        try (upstream) {
            client.getOutputStream()
                    .write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            var back = threads.submit(() -> pipe(upstream.getInputStream(), client.getOutputStream()));
            pipe(client.getInputStream(), upstream.getOutputStream());
            upstream.shutdownOutput();
            back.get();
        } catch (Exception e) {
            // Either side closed.
        }
    }

    private void forward(OutputStream out, String method, String target, List<String> lines, byte[] body)
            throws IOException {
        URI uri = URI.create(target);
        Socket upstream = connect(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
        if (upstream == null) {
            answer(out, "502 Bad Gateway", "", "text/plain", "unknown host " + uri.getHost(), true);
            return;
        }
        try (upstream) {
            StringBuilder request = new StringBuilder(method)
                    .append(' ')
                    .append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    .append(" HTTP/1.1\r\n");
            for (String line : lines) {
                String name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                if (!name.startsWith("proxy-") && !name.equals("connection") && !name.equals("keep-alive")) {
                    request.append(line).append("\r\n");
                }
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream up = upstream.getOutputStream();
            up.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            up.write(body);
            up.flush();
            InputStream down = upstream.getInputStream();
            String head = readHead(down);
            if (head == null) {
                return;
            }
            StringBuilder response = new StringBuilder();
            for (String line : head.split("\r\n")) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    response.append(line).append("\r\n");
                }
            }
            response.append("Connection: close\r\n\r\n");
            out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
            pipe(down, out);
        }
    }

    private Socket connect(String host, int port) throws IOException {
        String address = hosts.get(host.toLowerCase(Locale.ROOT));
        if (address == null) {
            return null;
        }
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getByName(address), port), 5_000);
        open.add(socket);
        return socket;
    }

    private static String credentials(List<String> lines) {
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
                String value = line.substring(line.indexOf(':') + 1).strip();
                if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
                    return new String(
                            Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static byte[] readBody(InputStream in, List<String> lines) throws IOException {
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length =
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                return in.readNBytes(length);
            }
        }
        return new byte[0];
    }

    /** The head of a message up to the blank line, or null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
    }

    private static void answer(OutputStream out, String status, String headers, String type, String body, boolean close)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Type: " + type + "\r\nContent-Length: "
                        + bytes.length + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static Void pipe(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[16_384];
        for (int n; (n = from.read(buffer)) >= 0; ) {
            to.write(buffer, 0, n);
            to.flush();
        }
        return null;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
        }
        threads.shutdownNow();
    }
}
