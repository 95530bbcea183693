package com.roboplanet.soconnector.app;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.adapters.journal.FileSendJournal;
import com.roboplanet.soconnector.domain.port.out.JournalEntry;
import com.roboplanet.soconnector.domain.port.out.JournalState;
import com.roboplanet.soconnector.domain.port.out.SendJournals;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The real application as a child process for the kill tests ({@code KillRecoveryIT}): {@link Main#run} with the
 * production wiring, except that the journal can stop the process exactly before or after it records one state. There
 * it prints {@value #MARK} and the boundary on stdout and waits to be killed. This lives on the test classpath only:
 * the production journal has no hook for tests (ADR 0015).
 *
 * <p>Arguments: the boundary ({@code none}, {@code before:SENT}, {@code after:SENDING}, ...), then the command line.
 */
public final class KillableMain {
    /** The line prefix the test waits for. */
    static final String MARK = "@@so-connector boundary ";

    private KillableMain() {}

    public static void main(String[] args) {
        String boundary = args[0];
        String[] commandLine = Arrays.copyOfRange(args, 1, args.length);
        Console console = new Console(utf8(System.out), utf8(System.err));
        int code = Main.run(
                commandLine,
                System.getenv(),
                Path.of(""),
                console,
                Terminal.attached(),
                context -> Modules.override(new AppModule(context)).with(stoppingAt(boundary)));
        console.out().flush();
        console.err().flush();
        System.exit(code);
    }

    private static Module stoppingAt(String boundary) {
        if (boundary.equals("none")) {
            return Modules.EMPTY_MODULE;
        }
        String[] parts = boundary.split(":", 2);
        boolean before = parts[0].equals("before");
        JournalState state = JournalState.valueOf(parts[1]);
        SendJournals journals = (location, create) -> new ForwardingSendJournal(new FileSendJournal(location, create)) {
            @Override
            public void record(JournalEntry entry) {
                boolean here = entry.state() == state;
                if (here && before) {
                    stop(boundary);
                }
                super.record(entry);
                if (here) {
                    stop(boundary);
                }
            }
        };
        return binder -> binder.bind(SendJournals.class).toInstance(journals);
    }

    /** Says where it is, then waits for the kill. */
    private static void stop(String boundary) {
        System.out.println(MARK + boundary);
        System.out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to be killed at " + boundary, e);
        }
    }

    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
