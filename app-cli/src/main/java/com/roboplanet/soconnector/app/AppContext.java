package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.crm.CrmChoice;
import com.roboplanet.soconnector.app.send.SendStrategyChoice;
import java.nio.file.Path;

/**
 * What {@link Main} knows before the injector exists.
 *
 * @param crm which SuperOffice the commands use, decided once from the configuration
 * @param sendStrategies read from the configuration here, before Guice builds the modules that depend on it: Guice
 *     would log a module's failure with a stack trace
 */
public record AppContext(
        Configuration configuration,
        Console console,
        Path workingDirectory,
        CrmChoice crm,
        SendStrategyChoice sendStrategies) {

    /**
     * @param crm decided by {@link CrmChoice#from} from the configuration, {@code --sandbox} and the terminal
     * @throws com.roboplanet.soconnector.app.config.ConfigurationException for a bad SO_SEND_STRATEGY
     */
    public static AppContext of(Configuration configuration, Console console, Path workingDirectory, CrmChoice crm) {
        return new AppContext(configuration, console, workingDirectory, crm, SendStrategyChoice.from(configuration));
    }

    /**
     * The context of the first pass over the command line, which only parses it: no settings, no CRM. Building the
     * wiring from it opens and reads nothing.
     */
    static AppContext unconfigured(Console console, Path workingDirectory) {
        return of(Configuration.of(java.util.Map.of()), console, workingDirectory, CrmChoice.UNCONFIGURED);
    }
}
