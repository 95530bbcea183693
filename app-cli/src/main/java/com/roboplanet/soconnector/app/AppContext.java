package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.send.SendStrategyChoice;
import java.nio.file.Path;

/**
 * What {@link Main} knows before the injector exists.
 *
 * @param sendStrategies read from the configuration here, before Guice builds the modules that depend on it: Guice
 *     would log a module's failure with a stack trace
 */
public record AppContext(
        Configuration configuration, Console console, Path workingDirectory, SendStrategyChoice sendStrategies) {

    /** @throws com.roboplanet.soconnector.app.config.ConfigurationException for a bad SO_SEND_STRATEGY */
    public static AppContext of(Configuration configuration, Console console, Path workingDirectory) {
        return new AppContext(configuration, console, workingDirectory, SendStrategyChoice.from(configuration));
    }
}
