package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.crm.CrmChoice;
import com.roboplanet.soconnector.app.progress.ProgressMode;
import com.roboplanet.soconnector.app.send.SendStrategyChoice;
import com.roboplanet.soconnector.domain.model.TenantId;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link Main} knows before the injector exists.
 *
 * @param home the user's home folder: {@code HOME} from the environment, else Java's {@code user.home} (which comes from
 *     the password database, so containers that set {@code HOME} would otherwise keep files elsewhere)
 * @param crm which SuperOffice the commands use, decided once from the configuration
 * @param sendStrategies read from the configuration here, before Guice builds the modules that depend on it: Guice
 *     would log a module's failure with a stack trace
 * @param progress how progress shows on stderr: from {@code --quiet}, {@code -v}/{@code --debug} and whether stderr is
 *     a terminal
 * @param progress how a long run shows its progress on stderr ({@code --quiet}: not at all)
 */
public record AppContext(
        Configuration configuration,
        Console console,
        Path workingDirectory,
        Path home,
        CrmChoice crm,
        SendStrategyChoice sendStrategies,
        ProgressMode progress) {

    /**
     * A context whose progress shows as stderr is (a terminal or not).
     *
     * @param home see {@link #home(Map)}
     * @param crm decided by {@link CrmChoice#from} from the configuration, {@code --sandbox} and the terminal
     * @throws com.roboplanet.soconnector.app.config.ConfigurationException for a bad SO_SEND_STRATEGY
     */
    public static AppContext of(
            Configuration configuration, Console console, Path workingDirectory, Path home, CrmChoice crm) {
        return of(configuration, console, workingDirectory, home, crm, ProgressMode.detect());
    }

    /** @throws com.roboplanet.soconnector.app.config.ConfigurationException for a bad SO_SEND_STRATEGY */
    public static AppContext of(
            Configuration configuration,
            Console console,
            Path workingDirectory,
            Path home,
            CrmChoice crm,
            ProgressMode progress) {
        return new AppContext(
                configuration, console, workingDirectory, home, crm, SendStrategyChoice.from(configuration), progress);
    }

    /**
     * The context of the first pass over the command line, which only parses it: no settings, no CRM. Building the
     * wiring from it opens and reads nothing.
     */
    static AppContext unconfigured(Console console, Path workingDirectory) {
        return of(
                Configuration.of(Map.of()),
                console,
                workingDirectory,
                home(Map.of()),
                CrmChoice.UNCONFIGURED,
                ProgressMode.OFF);
    }

    /** {@code HOME} when the environment sets it, else {@code user.home}. */
    public static Path home(Map<String, String> environment) {
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? Path.of(System.getProperty("user.home")) : Path.of(home);
    }

    /**
     * The tenant the commands work for: SO_ENVIRONMENT and SO_CONTEXT_IDENTIFIER, or the built-in sandbox's.
     *
     * @throws com.roboplanet.soconnector.app.config.ConfigurationException naming a missing or invalid key
     */
    public TenantId tenant() {
        return crm.tenant(configuration);
    }
}
