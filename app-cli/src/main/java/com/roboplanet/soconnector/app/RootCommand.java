package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.catalog.ProductsSubcommand;
import com.roboplanet.soconnector.app.inspect.InspectSubcommand;
import com.roboplanet.soconnector.app.probe.ProbeSubcommand;
import com.roboplanet.soconnector.app.report.ReportSubcommand;
import com.roboplanet.soconnector.app.sandbox.SandboxSubcommand;
import com.roboplanet.soconnector.app.send.SendSubcommand;
import com.roboplanet.soconnector.app.suggest.SuggestKeywordsSubcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code so-connector}: the options here are read by {@link Main} before the injector is built (they
 * decide the configuration); they are declared so that help lists them and the parser accepts them.
 */
@Command(
        name = "so-connector",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Connects SuperOffice CRM Online to the sales process: customer-product reports, the product"
                + " catalogue, and mail on behalf of sales reps.",
        subcommands = {
            ReportSubcommand.class,
            SuggestKeywordsSubcommand.class,
            ProductsSubcommand.class,
            InspectSubcommand.class,
            SendSubcommand.class,
            ProbeSubcommand.class,
            SandboxSubcommand.class
        },
        footer = {
            "",
            "Without any SO_* setting, commands that need SuperOffice use the built-in sandbox tenant.",
            "Exit codes: 0 ok, 1 unexpected, 2 usage, 3 invalid configuration or input, 4 access denied,"
                    + " 5 SuperOffice or mail relay unavailable, 6 not sent (or no sending path works),"
                    + " 7 unfinished (archive pending, or a mail to check)."
        })
public final class RootCommand implements Runnable {

    @Option(names = "--env-file", paramLabel = "FILE", description = "Read settings from FILE instead of ./.env.")
    String envFile;

    @Option(
            names = {"-c", "--config"},
            paramLabel = "KEY=VALUE",
            description = "Set a configuration key (overrides .env and the environment); repeatable.")
    java.util.Map<String, String> config;

    @Option(names = "--debug", description = "Log debug details to stderr (secrets are never logged).")
    boolean debug;

    @Option(
            names = {"-v", "--verbose"},
            description = "Log each page, retry and wait to stderr (INFO), without the HTTP client's wire logs.")
    boolean verbose;

    @Option(
            names = {"-q", "--quiet"},
            description = "Show no progress on stderr (the summary and errors still go there).")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
