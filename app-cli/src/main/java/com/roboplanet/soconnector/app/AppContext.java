package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.crm.CrmChoice;
import com.roboplanet.soconnector.app.progress.ProgressMode;
import com.roboplanet.soconnector.app.send.SendStrategyChoice;
import java.nio.file.Path;

/**
 * What {@link Main} knows before the injector exists.
 *
 * @param crm which SuperOffice the commands use, decided once from the configuration
 * @param sendStrategies read from the configuration here, before Guice builds the modules that depend on it: Guice
 *     would log a module's failure with a stack trace
 * @param progress how a long run shows its progress on stderr ({@code --quiet}: not at all)
 */
public record AppContext(
        Configuration configuration,
        Console console,
        Path workingDirectory,
        CrmChoice crm,
        SendStrategyChoice sendStrategies,
        ProgressMode progress) {

    /**
     * A context whose progress goes to a terminal when stderr is one.
     *
     * @throws com.roboplanet.soconnector.app.config.ConfigurationException for a bad SO_SEND_STRATEGY
     */
    public static AppContext of(Configuration configuration, Console console, Path workingDirectory) {
        return of(configuration, console, workingDirectory, ProgressMode.detect());
    }

    /** @throws com.roboplanet.soconnector.app.config.ConfigurationException for a bad SO_SEND_STRATEGY */
    public static AppContext of(
            Configuration configuration, Console console, Path workingDirectory, ProgressMode progress) {
        return new AppContext(
                configuration,
                console,
                workingDirectory,
                CrmChoice.from(configuration),
                SendStrategyChoice.from(configuration),
                progress);
    }
}
