package com.roboplanet.soconnector.app;

import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the command line in-process as a user would, with its own working directory and environment: {@link #in} as a
 * person at a terminal types it (without SO_* settings the built-in sandbox stands in, as a demo), {@link #unattended}
 * as cron or Task Scheduler runs it (without SO_* settings a command that needs SuperOffice stops with exit code 3).
 */
final class CliRun {
    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    /** At a terminal, without settings in the environment. */
    static CliRun in(Path workingDirectory, String... args) {
        return in(workingDirectory, Map.of(), Modules.EMPTY_MODULE, args);
    }

    /** At a terminal. */
    static CliRun in(Path workingDirectory, Map<String, String> env, Module overrides, String... args) {
        return run(true, workingDirectory, env, overrides, args);
    }

    /** Without a terminal (cron, Task Scheduler, CI), without settings in the environment. */
    static CliRun unattended(Path workingDirectory, String... args) {
        return unattended(workingDirectory, Map.of(), Modules.EMPTY_MODULE, args);
    }

    /** Without a terminal (cron, Task Scheduler, CI). */
    static CliRun unattended(Path workingDirectory, Map<String, String> env, Module overrides, String... args) {
        return run(false, workingDirectory, env, overrides, args);
    }

    /**
     * @param env the environment; without {@code HOME} it gets one in the working directory, so that a journal in its
     *     default place never lands in the home folder of whoever runs the tests
     */
    private static CliRun run(
            boolean attended, Path workingDirectory, Map<String, String> env, Module overrides, String... args) {
        Map<String, String> environment = new HashMap<>(env);
        environment.putIfAbsent("HOME", workingDirectory.resolve("home").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true));
        int code = Main.run(
                args,
                environment,
                workingDirectory,
                console,
                attended,
                ctx -> Modules.override(new AppModule(ctx)).with(overrides));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The first line on stderr, or empty. */
    String firstErrLine() {
        return err.lines().findFirst().orElse("");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
