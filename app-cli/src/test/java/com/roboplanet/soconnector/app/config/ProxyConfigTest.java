package com.roboplanet.soconnector.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the proxy settings come from: SO_PROXY from any layer, the standard variables from the environment only. */
class ProxyConfigTest {
    @TempDir
    Path dir;

    private static Map<String, String> tenant() {
        Map<String, String> values = new HashMap<>();
        values.put("SO_CLIENT_ID", "id");
        values.put("SO_CLIENT_SECRET", "secret");
        values.put("SO_REFRESH_TOKEN", "refresh");
        values.put("SO_REDIRECT_URI", "");
        values.put("SO_ENVIRONMENT", "online");
        values.put("SO_CONTEXT_IDENTIFIER", "Cust1");
        return values;
    }

    @Test
    void load_takesProxyVariablesFromTheEnvironmentButNotFromTheEnvFile() throws Exception {
        Files.writeString(dir.resolve(".env"), "HTTPS_PROXY=http://from-dotenv:1\nSO_PROXY=http://so:2\n");
        Map<String, String> env = Map.of("https_proxy", "http://from-env:3", "NO_PROXY", "x", "PATH", "/bin");

        Configuration config = Configuration.load(dir.resolve(".env"), false, env, Map.of());

        assertThat(config.get("https_proxy")).contains("http://from-env:3");
        assertThat(config.get("NO_PROXY")).contains("x");
        assertThat(config.get("HTTPS_PROXY")).isEmpty();
        assertThat(config.get("PATH")).isEmpty();
        assertThat(config.get("SO_PROXY")).contains("http://so:2");
    }

    @Test
    void settings_useTheEnvironmentsProxyAndSoProxyOverridesIt() {
        Map<String, String> values = tenant();
        values.put("HTTPS_PROXY", "http://env.proxy:8080");
        String viaEnv = SuperOfficeConfig.settings(Configuration.of(values))
                .proxy()
                .describe("https", "online.superoffice.com");
        values.put("SO_PROXY", "direct");
        String viaSo = SuperOfficeConfig.settings(Configuration.of(values))
                .proxy()
                .describe("https", "online.superoffice.com");

        assertThat(viaEnv).isEqualTo("http://env.proxy:8080 (from HTTPS_PROXY)");
        assertThat(viaSo).isEqualTo("direct (SO_PROXY=direct)");
    }

    @Test
    void settings_whenProxyUnreadable_failsAsConfigurationNamingTheKeyNotTheValue() {
        Map<String, String> values = tenant();
        values.put("SO_PROXY", "socks5://jane:s3cret@proxy:1080");

        assertThatThrownBy(() -> SuperOfficeConfig.settings(Configuration.of(values)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("SO_PROXY names a socks5:// proxy")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void absent_whenOnlySoProxyIsSet_stillUsesTheSandbox() {
        assertThat(SuperOfficeConfig.absent(Configuration.of(Map.of("SO_PROXY", "http://p:1"))))
                .isTrue();
    }
}
