package com.roboplanet.soconnector.app.sandbox;

import com.roboplanet.soconnector.app.Console;
import com.roboplanet.soconnector.app.ExitCode;
import com.roboplanet.soconnector.app.UserInputException;
import com.roboplanet.soconnector.sandbox.Profile;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code so-connector sandbox}: runs the simulated tenant in the foreground, for people and curl. */
@Command(
        name = "sandbox",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the embedded SuperOffice sandbox on loopback until Ctrl+C, and prints the .env lines that point"
                    + " so-connector at it (sandbox credentials only: they open nothing real)."
        })
public final class SandboxSubcommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free one).")
    int port;

    @Option(names = "--sales", paramLabel = "N", description = "Number of generated sales (default: ${DEFAULT-VALUE}).")
    int sales = SandboxOptions.defaults().salesCount();

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the generated tenant (default: ${DEFAULT-VALUE}).")
    long seed = SandboxOptions.defaults().seed();

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            description = "restricted (default: the agents are refused) or full.")
    String profile = "restricted";

    @Spec
    CommandSpec spec;

    private final Console console;

    @Inject
    SandboxSubcommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        SandboxOptions options;
        try {
            options = SandboxOptions.builder()
                    .port(port)
                    .seed(seed)
                    .salesCount(sales)
                    .profile(Profile.valueOf(profile.strip().toUpperCase(Locale.ROOT)))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(), "invalid sandbox option: " + e.getMessage() + " (profiles: restricted, full)");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SuperOfficeSandbox sandbox = start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            console.err()
                    .println("SuperOffice sandbox running: login " + sandbox.loginUrl() + ", API "
                            + sandbox.apiBaseUrl() + " (" + options.salesCount() + " sales, profile " + profile
                            + "). Ctrl+C stops it. Put these lines in .env:");
            sandbox.envLines().forEach(console.out()::println);
            console.out().flush();
            stopped.await();
        }
        return ExitCode.OK;
    }

    /** @throws UserInputException (exit code 3) when the port is taken, naming it and the way out */
    private static SuperOfficeSandbox start(SandboxOptions options) {
        try {
            return SuperOfficeSandbox.start(options);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BindException) {
                throw new UserInputException(
                        e.getMessage() + "; choose another --port, or leave --port out to take a free one", e);
            }
            throw e;
        }
    }
}
