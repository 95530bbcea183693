package com.roboplanet.soconnector.archfixture.app;

/** Break "the app uses no adapter library", one class per library. */
public final class AdapterLibrariesInTheApp {
    private AdapterLibrariesInTheApp() {}

    public static final class Jackson {
        com.fasterxml.jackson.databind.ObjectMapper mapper;
    }

    public static final class CommonsCsv {
        org.apache.commons.csv.CSVFormat format;
    }

    public static final class ApacheHttpClient {
        org.apache.hc.client5.http.classic.HttpClient client;
    }

    public static final class JdkHttpClient {
        java.net.http.HttpClient client;
    }

    public static final class JakartaMail {
        jakarta.mail.Session session;
    }
}
