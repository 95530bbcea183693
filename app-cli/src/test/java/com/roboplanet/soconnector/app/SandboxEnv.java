package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.util.HashMap;
import java.util.Map;

/** The environment a user would set for a sandbox tenant, read from the lines the sandbox prints for .env. */
final class SandboxEnv {
    private SandboxEnv() {}

    /** A mutable map, so that a test can add or override keys. */
    static Map<String, String> of(SuperOfficeSandbox sandbox) {
        Map<String, String> env = new HashMap<>();
        for (String line : sandbox.envLines()) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }
}
