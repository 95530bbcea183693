package com.roboplanet.soconnector.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven filtered into {@code so-connector.properties}; also used in the User-Agent. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/so-connector.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props.getProperty("version", "dev");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"so-connector " + version()};
    }
}
