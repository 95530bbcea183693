package com.roboplanet.soconnector.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.roboplanet.soconnector.app.config.ConfigFlags;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.crm.CrmChoice;
import com.roboplanet.soconnector.app.crm.SuperOfficeSession;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Entry point, in two passes over the command line. The first parses it with the wiring of an empty configuration:
 * help, version, the {@code help} command, completion scripts and usage errors are answered there, so that a broken
 * {@code .env} never stands in their way. The second loads the configuration the global options name (.env, the
 * environment, {@code -c}), builds the injector from it and runs the command.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            // Guice's bytecode generation is unused here and warns about Unsafe on newer JDKs.
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        Console console = new Console(utf8(System.out), utf8(System.err));
        int code = run(args, System.getenv(), Path.of(""), console, Terminal.attached(), AppModule::new);
        console.out().flush();
        console.err().flush();
        System.exit(code);
    }

    /**
     * Runs one command line. Tests call this with their own environment, working directory and module factory (to
     * bind fakes), and read the exit code instead of exiting.
     *
     * @param attended whether a person is at a terminal ({@link Terminal#attached()}): without any SO_* setting, only
     *     then does the built-in sandbox stand in for a tenant
     */
    public static int run(
            String[] args,
            Map<String, String> environment,
            Path workingDirectory,
            Console console,
            boolean attended,
            Function<AppContext, Module> moduleFactory) {
        CommandLine parser = commandLine(
                Guice.createInjector(moduleFactory.apply(AppContext.unconfigured(console, workingDirectory))), console);
        ParseResult parsed;
        Map<String, String> flags;
        try {
            parsed = parser.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return ExitCode.OK;
            }
            ParseResult last = lastSubcommand(parsed);
            CommandLine lastCommand = last.commandSpec().commandLine();
            if (!(last.commandSpec().userObject() instanceof Runnable
                    || last.commandSpec().userObject() instanceof java.util.concurrent.Callable)) {
                throw new ParameterException(
                        lastCommand, "a command is missing: " + String.join(", ", visibleSubcommands(lastCommand)));
            }
            if (last.commandSpec().userObject() instanceof AutoComplete.GenerateCompletion) {
                return parser.execute(args);
            }
            flags = configFlags(parser);
        } catch (ParameterException e) {
            return UsageErrors.print(e, args);
        }
        RootCommand global = parser.getCommand();
        if (global.debug) {
            System.setProperty("so.log.level", "DEBUG");
        } else if (global.verbose) {
            // INFO: each page, retry and wait; HttpClient's header and wire loggers stay off (logback.xml).
            System.setProperty("so.log.level", "INFO");
        }
        ErrorReporter errors = new ErrorReporter(console.err(), global.debug);
        AppContext context;
        try {
            Configuration configuration = Configuration.load(
                    workingDirectory.resolve(global.envFile == null ? ".env" : global.envFile),
                    global.envFile != null,
                    environment,
                    flags);
            configuration.warnings().forEach(w -> console.err().println("so-connector: warning: " + w));
            refuseToSendWithout(configuration, lastSubcommand(parsed));
            context = AppContext.of(
                    configuration,
                    console,
                    workingDirectory,
                    AppContext.home(environment),
                    CrmChoice.from(configuration, global.sandbox, attended),
                    global.progress());
        } catch (ConfigurationException e) {
            return errors.report(e);
        }
        Injector injector = Guice.createInjector(moduleFactory.apply(context));
        try (SuperOfficeSession session = injector.getInstance(SuperOfficeSession.class)) {
            CommandLine cli = commandLine(injector, console);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> errors.report(e));
            return cli.execute(args);
        }
    }

    /**
     * The command tree as both passes use it: commands made by Guice, output to the console, short usage errors, an
     * Examples section in every help, the version in every command, and the completion command listed.
     */
    static CommandLine commandLine(Injector injector, Console console) {
        CommandLine cli = new CommandLine(RootCommand.class, new GuiceFactory(injector));
        cli.setOut(console.out());
        cli.setErr(console.err());
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.getSubcommands()
                .get("generate-completion")
                .getCommandSpec()
                .usageMessage()
                .hidden(false);
        HelpExamples.addTo(cli);
        // Every command answers --version as the root does ("so-connector report --version").
        java.util.List<CommandLine> all = new java.util.ArrayList<>();
        HelpExamples.collect(cli, all);
        all.forEach(command -> command.getCommandSpec().versionProvider(new VersionProvider()));
        return cli;
    }

    /** The {@code -c} flags as keys and values; a flag that is not KEY=VALUE is a usage error that never quotes it. */
    private static Map<String, String> configFlags(CommandLine parser) {
        try {
            return ConfigFlags.parse(((RootCommand) parser.getCommand()).config);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(parser, e.getMessage());
        }
    }

    /**
     * A mail cannot be called back: {@code send} (but not {@code --dry-run}) stops while the environment holds a key
     * that is not a setting but is near one ({@code SO_SEND_STRATEGIES}), instead of sending without the setting the
     * user meant. Other commands only warn about it.
     */
    private static void refuseToSendWithout(Configuration configuration, ParseResult command) {
        if (configuration.misspeltInEnvironment().isEmpty()
                || !command.commandSpec().name().equals("send")
                || command.hasMatchedOption("--dry-run")) {
            return;
        }
        throw new ConfigurationException(
                "the environment sets " + String.join(", ", configuration.misspeltInEnvironment())
                        + ", which is not a setting (see the warning above); send stops before sending: correct or unset it");
    }

    private static ParseResult lastSubcommand(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last;
    }

    private static java.util.List<String> visibleSubcommands(CommandLine cli) {
        return cli.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
