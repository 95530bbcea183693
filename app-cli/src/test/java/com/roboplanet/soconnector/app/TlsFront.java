package com.roboplanet.soconnector.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * TLS in front of the plain-http sandbox, on 127.0.0.1 (dynamic port), with a throwaway certificate for {@code
 * sandbox.invalid} made by the JDK's keytool: so that a client can reach the sandbox as {@code https://sandbox.invalid},
 * through a proxy's CONNECT tunnel, trusting only {@link #trustStore()}.
 */
final class TlsFront implements AutoCloseable {
    static final String PASSWORD = "changeit";

    private final SSLServerSocket server;
    private final int upstreamPort;
    private final Path trustStore;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-tls-front");
        t.setDaemon(true);
        return t;
    });

    private TlsFront(Path dir, String hostName, int upstreamPort) throws Exception {
        this.upstreamPort = upstreamPort;
        Path keyStore = dir.resolve("front.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "front",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=" + hostName,
                        "-ext",
                        "SAN=dns:" + hostName,
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keyStore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("keytool.log").toFile())
                .start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + Files.readString(dir.resolve("keytool.log")));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        Certificate certificate = keys.getCertificate("front");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("front", certificate);
        trustStore = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = (SSLServerSocket)
                tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /** Serves {@code hostName} over TLS and forwards the decrypted bytes to 127.0.0.1:{@code upstreamPort}. */
    static TlsFront start(Path dir, String hostName, int upstreamPort) {
        try {
            return new TlsFront(dir, hostName, upstreamPort);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the TLS front", e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** A PKCS12 trust store (password {@link #PASSWORD}) holding only this front's certificate. */
    Path trustStore() {
        return trustStore;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                threads.execute(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client;
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            open.add(upstream);
            var back = threads.submit(() -> copy(upstream.getInputStream(), client.getOutputStream()));
            copy(client.getInputStream(), upstream.getOutputStream());
            upstream.shutdownOutput();
            back.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // A side closed or the handshake failed; the client sees it.
        }
    }

    private static Void copy(InputStream from, OutputStream to) throws IOException {
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
