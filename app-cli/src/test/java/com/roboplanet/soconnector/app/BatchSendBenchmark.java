package com.roboplanet.soconnector.app;

import com.google.inject.util.Modules;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.roboplanet.soconnector.sandbox.Faults;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code send --batch} through GreenMail and the sandbox on loopback: wall time, mails per second at an unlimited
 * rate, and SuperOffice requests per mail by route (the figure that matters against a tenant's rate limit). Then the
 * same batch again, which must send nothing. Not a test: run its main; it prints figures and asserts nothing.
 *
 * <p>Arguments: {@code rows [latencyMs] [strategies]} (defaults 200, 0, smtp-relay).
 */
public final class BatchSendBenchmark {
    private BatchSendBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int latencyMs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String strategies = args.length > 2 ? args[2] : "smtp-relay";
        Path dir = Files.createTempDirectory("batch-benchmark");
        StringBuilder csv = new StringBuilder("to,anlass\n");
        for (int person = 1; person <= rows; person++) {
            csv.append(person).append(",Messe\n");
        }
        Files.writeString(dir.resolve("recipients.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("template.txt"),
                "Subject: Angebot für {{contact.name}}\n\nGuten Tag {{person.fullName}},\nanbei das Angebot.\n"
                        + "{{rep.name}}\n",
                StandardCharsets.UTF_8);
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        Faults faults = Faults.builder().latency(Duration.ofMillis(latencyMs)).build();
        try (SuperOfficeSandbox sandbox =
                SuperOfficeSandbox.start(SandboxOptions.builder().faults(faults).build())) {
            Map<String, String> env =
                    SendItSupport.env(sandbox, strategies, greenMail.getSmtp().getPort());
            env.put("SO_MAX_REQUESTS_PER_SECOND", "1000");
            run("first run", dir, env, sandbox, greenMail, rows);
            run("second run (nothing to send)", dir, env, sandbox, greenMail, rows);
        } finally {
            greenMail.stop();
        }
    }

    private static void run(
            String label,
            Path dir,
            Map<String, String> env,
            SuperOfficeSandbox sandbox,
            GreenMail greenMail,
            int rows) {
        sandbox.requestLog().clear();
        int before = greenMail.getReceivedMessages().length;
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(
                new String[] {
                    "send",
                    "--batch",
                    "recipients.csv",
                    "--template",
                    "template.txt",
                    "--rep",
                    "1",
                    "--rate",
                    "100/s",
                    "--journal",
                    "outbox"
                },
                env,
                dir,
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)),
                false, // as a script runs it; the settings name the sandbox tenant
                ctx -> Modules.override(new AppModule(ctx)).with(Modules.EMPTY_MODULE));
        double seconds = (System.nanoTime() - start) / 1e9;
        int mails = greenMail.getReceivedMessages().length - before;
        Map<String, Integer> perRoute = new TreeMap<>(sandbox.requestLog().counters());
        int requests = perRoute.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "%s: exit %d, %d rows in %.2f s (%.1f rows/s), %d mails received, %d SuperOffice requests (%.1f per"
                        + " row)%n",
                label, code, rows, seconds, rows / seconds, mails, requests, requests / (double) rows);
        perRoute.forEach((route, count) -> System.out.printf("    %-40s %6d%n", route, count));
        System.out.print(err.toString()
                        .lines()
                        .filter(l -> l.startsWith("Batch"))
                        .findFirst()
                        .orElse("") + "\n");
    }
}
