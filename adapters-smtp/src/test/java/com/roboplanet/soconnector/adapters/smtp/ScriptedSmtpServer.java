package com.roboplanet.soconnector.adapters.smtp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small misbehaving SMTP server for tests: plain sockets on 127.0.0.1 with a dynamic port, one thread per
 * connection, scriptable per command (a reply, a reply and close, close, reset, silence, or raw bytes that break
 * TLS). It records the command lines it read and the messages whose final dot it read, i.e. the mails a real relay
 * would hold whatever it answers next. With {@link Script#tls()} it speaks TLS from the first byte, with GreenMail's
 * test certificate.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    /** What the server reacts to; END_OF_DATA is the final dot, CONTENT a data line holding a marker. */
    enum On {
        GREETING,
        EHLO,
        HELO,
        AUTH,
        MAIL,
        RCPT,
        DATA,
        CONTENT,
        END_OF_DATA,
        RSET
    }

    /** What the server does. */
    sealed interface Action {}

    /** Answers, lines separated by {@code \n}; then closes when {@code close}. */
    record Reply(String text, boolean close) implements Action {}

    /** Closes the connection (FIN) without a word. */
    record Close() implements Action {}

    /** Resets the connection (RST: SO_LINGER 0). */
    record Reset() implements Action {}

    /** Says nothing and reads nothing until the server is closed. */
    record Silent() implements Action {}

    /** Writes bytes that are no TLS record onto the raw connection, then closes it: the client's TLS layer fails. */
    record TlsGarbage() implements Action {}

    static Action reply(String text) {
        return new Reply(text, false);
    }

    static Action replyAndClose(String text) {
        return new Reply(text, true);
    }

    /** How the server behaves; everything not scripted behaves like a plain relay that accepts. */
    static final class Script {
        private final Map<On, Action> actions = new EnumMap<>(On.class);
        private final List<String> extensions = new ArrayList<>(List.of("AUTH PLAIN", "8BITMIME"));
        private String acceptedHeloName;
        private String contentMarker;
        private boolean tls;

        Script on(On on, Action action) {
            actions.put(on, action);
            return this;
        }

        /** Any other EHLO/HELO name gets Google's {@code 421 4.7.0 Try again later, closing connection.}. */
        Script acceptOnlyHeloName(String name) {
            acceptedHeloName = name;
            return this;
        }

        Script extension(String keyword) {
            extensions.add(keyword);
            return this;
        }

        /** {@link On#CONTENT}'s action runs at the first data line containing this marker. */
        Script contentMarker(String marker) {
            contentMarker = marker;
            return this;
        }

        Script tls() {
            tls = true;
            return this;
        }
    }

    private final Script script;
    private final ServerSocket server;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final List<byte[]> messages = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final SSLContext tlsContext;

    private ScriptedSmtpServer(Script script) throws IOException {
        this.script = script;
        this.tlsContext = script.tls ? greenMailTls() : null;
        server = new ServerSocket();
        // A small receive buffer keeps the client from getting megabytes ahead of what the server has read.
        server.setReceiveBufferSize(8192);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        Thread acceptor = new Thread(this::acceptLoop, "scripted-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedSmtpServer start(Script script) throws IOException {
        return new ScriptedSmtpServer(script);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The command lines read, in order, over all connections (data lines excluded). */
    List<String> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    /** The messages whose final dot was read, dot-unstuffed, each line ending in CRLF. */
    List<byte[]> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
        synchronized (open) {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket raw = server.accept();
                connections.incrementAndGet();
                open.add(raw);
                Thread session = new Thread(() -> serve(raw), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket raw) {
        try (raw) {
            Socket socket = raw;
            if (tlsContext != null) {
                SSLSocket ssl =
                        (SSLSocket) tlsContext.getSocketFactory().createSocket(raw, "127.0.0.1", raw.getPort(), false);
                ssl.setUseClientMode(false);
                ssl.startHandshake();
                socket = ssl;
            }
            new Session(raw, socket).run();
        } catch (IOException e) {
            // The client went away or the script ended the connection: nothing to record.
        }
    }

    /** One connection. Returns from {@link #run} when the connection is to end. */
    private final class Session {
        private final Socket raw;
        private final InputStream in;
        private final OutputStream out;

        Session(Socket raw, Socket socket) throws IOException {
            this.raw = raw;
            this.in = new BufferedInputStream(socket.getInputStream(), 65536);
            this.out = socket.getOutputStream();
        }

        void run() throws IOException {
            if (!act(On.GREETING, "220 relay.test ESMTP scripted")) {
                return;
            }
            for (String line = readLine(); line != null; line = readLine()) {
                commands.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                boolean goOn = switch (verb) {
                    case "EHLO" -> greet(On.EHLO, line, ehloReply());
                    case "HELO" -> greet(On.HELO, line, "250 relay.test");
                    case "AUTH" -> act(On.AUTH, "235 2.7.0 Authentication successful");
                    case "MAIL" -> act(On.MAIL, "250 2.1.0 Ok");
                    case "RCPT" -> act(On.RCPT, "250 2.1.5 Ok");
                    case "DATA" -> act(On.DATA, "354 End data with <CR><LF>.<CR><LF>") && data();
                    case "RSET" -> act(On.RSET, "250 2.0.0 Ok");
                    case "NOOP" -> act(null, "250 2.0.0 Ok");
                    case "QUIT" -> act(null, "221 2.0.0 Bye") && false;
                    default -> act(null, "502 5.5.2 Error: command not recognized");
                };
                if (!goOn) {
                    return;
                }
            }
        }

        private String ehloReply() {
            StringBuilder reply = new StringBuilder("250-relay.test");
            for (int i = 0; i < script.extensions.size(); i++) {
                reply.append('\n')
                        .append(i == script.extensions.size() - 1 ? "250 " : "250-")
                        .append(script.extensions.get(i));
            }
            return reply.toString();
        }

        private boolean greet(On on, String line, String accepted) throws IOException {
            String name =
                    line.contains(" ") ? line.substring(line.indexOf(' ') + 1).strip() : "";
            if (script.acceptedHeloName != null && !script.acceptedHeloName.equals(name)) {
                return perform(replyAndClose("421 4.7.0 Try again later, closing connection. (" + on + ")"));
            }
            return act(on, accepted);
        }

        /** Reads the data up to the final dot, records it, then acts on END_OF_DATA. */
        private boolean data() throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            for (byte[] line = readRawLine(); ; line = readRawLine()) {
                if (line == null) {
                    return false;
                }
                String text = new String(line, StandardCharsets.UTF_8);
                if (text.equals(".")) {
                    break;
                }
                if (script.contentMarker != null && text.contains(script.contentMarker)) {
                    Action action = script.actions.get(On.CONTENT);
                    if (action != null && !perform(action)) {
                        return false;
                    }
                }
                int skip = line.length > 0 && line[0] == '.' ? 1 : 0;
                message.write(line, skip, line.length - skip);
                message.write('\r');
                message.write('\n');
            }
            messages.add(message.toByteArray());
            return act(On.END_OF_DATA, "250 2.0.0 Ok: queued as SCRIPTED");
        }

        /** The scripted action for this command, else the default reply. */
        private boolean act(On on, String defaultReply) throws IOException {
            Action action = on == null ? null : script.actions.get(on);
            return perform(action == null ? reply(defaultReply) : action);
        }

        /** @return whether the session goes on */
        private boolean perform(Action action) throws IOException {
            if (action instanceof Reply r) {
                out.write((r.text().replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                return !r.close();
            }
            if (action instanceof Reset) {
                raw.setSoLinger(true, 0);
                return false;
            }
            if (action instanceof Silent) {
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            if (action instanceof TlsGarbage) {
                OutputStream wire = raw.getOutputStream();
                wire.write("this is no TLS record\r\n".repeat(4).getBytes(StandardCharsets.US_ASCII));
                wire.flush();
                return false;
            }
            return false; // Close
        }

        private String readLine() throws IOException {
            byte[] line = readRawLine();
            return line == null ? null : new String(line, StandardCharsets.UTF_8);
        }

        /** One line without its CRLF; null at the end of the stream. */
        private byte[] readRawLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); ; b = in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toByteArray();
                }
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return Arrays.copyOf(bytes, length);
                }
                line.write(b);
            }
        }
    }

    private static SSLContext greenMailTls() throws IOException {
        try (InputStream p12 = ScriptedSmtpServer.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            if (p12 == null) {
                throw new IOException("greenmail.p12 is not on the test classpath");
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(p12, "changeit".toCharArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, "changeit".toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load GreenMail's test certificate", e);
        }
    }
}
