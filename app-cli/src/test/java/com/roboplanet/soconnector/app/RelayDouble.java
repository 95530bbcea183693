package com.roboplanet.soconnector.app;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP relay for the command-line tests, on 127.0.0.1 with a dynamic port: it accepts every mail, records the
 * command lines and the mails it holds, and can be told to stop at the next {@code DATA} command or right after the
 * next final dot until the test lets it go (so that a test knows a client is exactly there, and kills it), or to close
 * after the final dot without answering. A mail "at the relay" is one whose final dot it read and kept.
 */
final class RelayDouble implements AutoCloseable {
    /** Where the next transaction stops. */
    enum Stop {
        /** The {@code DATA} command arrived; no {@code 354} yet, so no byte of the mail can follow. */
        AT_DATA,
        /** The final dot arrived; the reply has not gone out. */
        AFTER_THE_DOT
    }

    /** What the relay does with a mail whose final dot it read once a stop is let go, or after {@link #closeAfterTheDotOf}. */
    enum Then {
        /** Keeps it (it will be delivered) and answers 250 if anyone is still there. */
        KEEP,
        /** Loses it and closes: as if it crashed before queueing. */
        LOSE
    }

    private final ServerSocket server;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final List<byte[]> mails = Collections.synchronizedList(new ArrayList<>());
    private volatile Hold hold;
    private volatile Then closeAfterDot;
    private volatile int closeAtDot;
    private int dots;
    private volatile Runnable onMail = () -> {};

    /** A stop at the next transaction: the test waits for it, then lets it go one way or the other. */
    static final class Hold {
        private final Stop where;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CompletableFuture<Then> then = new CompletableFuture<>();
        private final CountDownLatch done = new CountDownLatch(1);

        private Hold(Stop where) {
            this.where = where;
        }

        boolean awaitArrival(Duration timeout) throws InterruptedException {
            return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** @return true once the relay kept or lost the mail as it was let go: {@link #mails()} shows it from then on */
        boolean awaitDone(Duration timeout) throws InterruptedException {
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        void letGo(Then what) {
            then.complete(what);
        }
    }

    private RelayDouble(ServerSocket server) {
        this.server = server;
    }

    static RelayDouble start() throws IOException {
        RelayDouble relay = new RelayDouble(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(relay::accept, "relay-double");
        acceptor.setDaemon(true);
        acceptor.start();
        return relay;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Stops the next transaction where asked; one at a time. */
    Hold holdNext(Stop where) {
        Hold next = new Hold(where);
        hold = next;
        return next;
    }

    /**
     * The final dot of the {@code mail}-th mail (counted from the start, 1 for the first) gets no answer: the connection
     * closes, the mail kept or lost.
     */
    void closeAfterTheDotOf(int mail, Then then) {
        closeAtDot = mail;
        closeAfterDot = then;
    }

    /** Runs each time a mail is kept, before the relay answers: a test can make the world change right then. */
    void onMail(Runnable action) {
        onMail = action;
    }

    /** The mails held so far (final dot read and kept), oldest first. */
    List<byte[]> mails() {
        return List.copyOf(mails);
    }

    /** How many mails the relay holds whose headers carry {@code text} (a subject, a Message-ID). */
    long mailsWith(String text) {
        return mails().stream()
                .filter(m -> new String(m, StandardCharsets.UTF_8).contains(text))
                .count();
    }

    /** The Message-ID lines of the mails held, for messages. */
    List<String> headers() {
        return mails().stream()
                .flatMap(m -> new String(m, StandardCharsets.UTF_8).lines())
                .filter(l -> l.regionMatches(true, 0, "Message-ID:", 0, 11))
                .toList();
    }

    /** Every command line read, in order. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> session(socket), "relay-double-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            say(out, "220 relay.test ESMTP ready");
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                commands.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> say(out, "250-relay.test\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO", "RSET", "NOOP" -> say(out, "250 OK");
                    case "MAIL", "RCPT" -> say(out, "250 OK");
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    case "DATA" -> {
                        if (!data(in, out)) {
                            return;
                        }
                    }
                    default -> say(out, "502 5.5.1 not here");
                }
            }
        } catch (IOException e) {
            // The client went away (or was killed): whatever the relay read is already decided.
        }
    }

    /** @return false when the connection is to be closed */
    private boolean data(InputStream in, OutputStream out) throws IOException {
        Hold stop = hold;
        if (stop != null && stop.where == Stop.AT_DATA) {
            hold = null;
            stop.arrived.countDown();
            stop.then.join();
            stop.done.countDown();
            return false;
        }
        say(out, "354 go ahead");
        byte[] mail = readUntilDot(in);
        if (mail == null) {
            return false;
        }
        int dot = countDot();
        if (stop != null && stop.where == Stop.AFTER_THE_DOT) {
            hold = null;
            stop.arrived.countDown();
            if (stop.then.join() == Then.LOSE) {
                stop.done.countDown();
                return false;
            }
            mails.add(mail);
            stop.done.countDown();
            say(out, "250 2.0.0 queued");
            return true;
        }
        Then close = closeAfterDot;
        if (close != null && dot == closeAtDot) {
            closeAfterDot = null;
            if (close == Then.KEEP) {
                mails.add(mail);
            }
            return false;
        }
        mails.add(mail);
        onMail.run();
        say(out, "250 2.0.0 queued");
        return true;
    }

    private synchronized int countDot() {
        return ++dots;
    }

    /** The data section up to the line with a single dot, with dot-stuffing undone; null when the client went away. */
    private static byte[] readUntilDot(InputStream in) throws IOException {
        ByteArrayOutputStream mail = new ByteArrayOutputStream();
        while (true) {
            String line = readLine(in);
            if (line == null) {
                return null;
            }
            if (line.equals(".")) {
                return mail.toByteArray();
            }
            String text = line.startsWith("..") ? line.substring(1) : line;
            mail.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return null;
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        Hold stop = hold;
        if (stop != null) {
            stop.letGo(Then.LOSE);
        }
        server.close();
    }
}
