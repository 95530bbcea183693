package com.roboplanet.soconnector.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.crm.SuperOfficeSession;
import com.roboplanet.soconnector.app.progress.ProgressMode;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Entry point: configuration first, then one injector, then picocli. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            // Guice's bytecode generation is unused here and warns about Unsafe on newer JDKs.
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        Console console = new Console(utf8(System.out), utf8(System.err));
        int code = run(args, System.getenv(), Path.of(""), console, AppModule::new);
        console.out().flush();
        console.err().flush();
        System.exit(code);
    }

    /**
     * Runs one command line. Tests call this with their own environment, working directory and module
     * factory (to bind fakes), and read the exit code instead of exiting.
     */
    public static int run(
            String[] args,
            Map<String, String> environment,
            Path workingDirectory,
            Console console,
            Function<AppContext, Module> moduleFactory) {
        GlobalOptions global = GlobalOptions.scan(args);
        if (global.debug()) {
            System.setProperty("so.log.level", "DEBUG");
        } else if (global.verbose()) {
            // INFO: each page, retry and wait; HttpClient's header and wire loggers stay off (logback.xml).
            System.setProperty("so.log.level", "INFO");
        }
        ErrorReporter errors = new ErrorReporter(console.err(), global.debug());
        AppContext context;
        try {
            Path envFile = global.envFile() == null
                    ? workingDirectory.resolve(".env")
                    : workingDirectory.resolve(global.envFile());
            context = AppContext.of(
                    Configuration.load(envFile, global.envFile() != null, environment, global.config()),
                    console,
                    workingDirectory,
                    global.progress());
        } catch (ConfigurationException e) {
            return errors.report(e);
        }
        Injector injector = Guice.createInjector(moduleFactory.apply(context));
        try (SuperOfficeSession session = injector.getInstance(SuperOfficeSession.class)) {
            CommandLine cli = new CommandLine(RootCommand.class, new GuiceFactory(injector));
            cli.setOut(console.out());
            cli.setErr(console.err());
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> errors.report(e));
            return cli.execute(args);
        }
    }

    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * The root options, read before picocli runs because they decide the configuration that the
     * injector is built from. Scanning stops at the subcommand name, like picocli's own parsing.
     */
    record GlobalOptions(String envFile, Map<String, String> config, boolean debug, boolean verbose, boolean quiet) {
        /**
         * Off with {@code --quiet}; plain lines with {@code -v} or {@code --debug} (log lines would break a line rewritten
         * in place); else as stderr is.
         */
        ProgressMode progress() {
            if (quiet) return ProgressMode.OFF;
            ProgressMode detected = ProgressMode.detect();
            return (verbose || debug) && detected == ProgressMode.LIVE ? ProgressMode.LINES : detected;
        }

        static GlobalOptions scan(String[] args) {
            String envFile = null;
            Map<String, String> config = new LinkedHashMap<>();
            boolean debug = false;
            boolean verbose = false;
            boolean quiet = false;
            List<String> list = List.of(args);
            for (int i = 0; i < list.size() && list.get(i).startsWith("-"); i++) {
                String arg = list.get(i);
                String next = i + 1 < list.size() ? list.get(i + 1) : null;
                if (arg.equals("--debug")) {
                    debug = true;
                } else if (arg.equals("-v") || arg.equals("--verbose")) {
                    verbose = true;
                } else if (arg.equals("-q") || arg.equals("--quiet")) {
                    quiet = true;
                } else if (arg.equals("--env-file") && next != null) {
                    envFile = next;
                    i++;
                } else if (arg.startsWith("--env-file=")) {
                    envFile = arg.substring("--env-file=".length());
                } else if ((arg.equals("-c") || arg.equals("--config")) && next != null) {
                    putPair(config, next);
                    i++;
                } else if (arg.startsWith("--config=")) {
                    putPair(config, arg.substring("--config=".length()));
                }
            }
            return new GlobalOptions(envFile, config, debug, verbose, quiet);
        }

        private static void putPair(Map<String, String> config, String pair) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                config.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
            }
        }
    }
}
