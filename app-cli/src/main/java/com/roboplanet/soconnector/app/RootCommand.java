package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.catalog.ProductsSubcommand;
import com.roboplanet.soconnector.app.inspect.InspectSubcommand;
import com.roboplanet.soconnector.app.probe.ProbeSubcommand;
import com.roboplanet.soconnector.app.progress.ProgressMode;
import com.roboplanet.soconnector.app.report.ReportSubcommand;
import com.roboplanet.soconnector.app.sandbox.SandboxSubcommand;
import com.roboplanet.soconnector.app.send.SendSubcommand;
import com.roboplanet.soconnector.app.suggest.SuggestKeywordsSubcommand;
import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code so-connector}. The global options are inherited by every subcommand, so they are accepted before or after
 * the subcommand's name ({@code so-connector --debug report} = {@code so-connector report --debug}); picocli keeps
 * their values here, where {@link Main} reads them after parsing and before the configuration is loaded (they decide
 * which configuration). Without a subcommand, {@link Main} answers with a usage error naming the commands.
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
            SandboxSubcommand.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        },
        footer = {
            "",
            "Settings come from ./.env, the environment and -c (README 'Configuration'). Without any SO_* setting, a"
                    + " run at a terminal uses the built-in sandbox tenant and says so; a run without a terminal"
                    + " (cron, Task Scheduler) stops with exit code 3 unless --sandbox is given.",
            "Exit codes: 0 ok, 1 unexpected, 2 usage, 3 invalid configuration or input, 4 credentials refused,"
                    + " 5 SuperOffice or mail relay unavailable, 6 not sent (or no sending path works),"
                    + " 7 unfinished (archive pending, or a mail to check), 8 report incomplete,"
                    + " 9 a right is missing (SuperOffice refused one call to this user)."
        })
public final class RootCommand {

    @Option(
            names = "--env-file",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Read settings from FILE instead of ./.env.")
    String envFile;

    @Option(
            names = {"-c", "--config"},
            paramLabel = "KEY=VALUE",
            scope = ScopeType.INHERIT,
            description = "Set a configuration key (overrides .env and the environment); repeatable. Secrets belong in"
                    + " .env: the command line shows in the process list and shell history.")
    // Strings, not a Map: picocli would quote a flag without '=' in its error, and the flag may be a token.
    List<String> config = new ArrayList<>();

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Log debug details and stack traces to stderr (secrets are never logged).")
    boolean debug;

    @Option(
            names = "--sandbox",
            scope = ScopeType.INHERIT,
            description = "Use the built-in SuperOffice sandbox (generated sales), also without a terminal and"
                    + " whatever SO_* settings say.")
    boolean sandbox;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Log each page, retry and wait to stderr (INFO), without the HTTP client's wire logs.")
    boolean verbose;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "Show no progress on stderr (the summary and errors still go there).")
    boolean quiet;

    /**
     * Off with {@code --quiet}; plain lines with {@code -v} or {@code --debug} (log lines would break a line rewritten
     * in place); else as stderr is.
     */
    ProgressMode progress() {
        if (quiet) {
            return ProgressMode.OFF;
        }
        ProgressMode detected = ProgressMode.detect();
        return (verbose || debug) && detected == ProgressMode.LIVE ? ProgressMode.LINES : detected;
    }
}
