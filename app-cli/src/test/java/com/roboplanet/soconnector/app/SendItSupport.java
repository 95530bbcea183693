package com.roboplanet.soconnector.app;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Shared pieces of the end-to-end send tests: the environment a user would set, and the mail as received. */
final class SendItSupport {
    static final String RELAY_FROM = "noreply@roboplanet.example";
    /** The sandbox's first sales rep. */
    static final String REP = "1";
    /** The first person of the sandbox's customer (contact) 1. */
    static final String PERSON = "1";

    private SendItSupport() {}

    /** The sandbox tenant plus the given strategies, with GreenMail as the relay when {@code smtpPort} is positive. */
    static Map<String, String> env(SuperOfficeSandbox sandbox, String strategies, int smtpPort) {
        Map<String, String> env = SandboxEnv.of(sandbox);
        env.put("SO_SEND_STRATEGY", strategies);
        if (smtpPort > 0) {
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", Integer.toString(smtpPort));
            env.put("SMTP_SECURITY", "none");
            env.put("SMTP_FROM", RELAY_FROM);
        }
        return env;
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void body(Path dir, String text) throws IOException {
        Files.writeString(dir.resolve("body.txt"), text, StandardCharsets.UTF_8);
    }

    /** The whole message as GreenMail stored it, including the Received header it added in front. */
    static String received(GreenMailExtension greenMail, int index) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        greenMail.getReceivedMessages()[index].writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * The archived .eml as the tail GreenMail must end with: GreenMail prepends its Received header and drops the
     * final line break of the DATA section.
     */
    static String withoutFinalLineBreak(byte[] eml) {
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text;
    }
}
