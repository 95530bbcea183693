package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.config.Configuration;
import java.nio.file.Path;

/** What {@link Main} knows before the injector exists. */
public record AppContext(Configuration configuration, Console console, Path workingDirectory) {}
