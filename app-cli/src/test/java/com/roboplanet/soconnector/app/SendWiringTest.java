package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import com.roboplanet.soconnector.adapters.smtp.SmtpRelaySendStrategy;
import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.crm.CrmChoice;
import com.roboplanet.soconnector.app.probe.ProbeSubcommand;
import com.roboplanet.soconnector.app.send.SendSubcommand;
import com.roboplanet.soconnector.domain.model.SendStrategyName;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The application wired for every SO_SEND_STRATEGY value: the strategies come out in the configured order. */
class SendWiringTest {
    private static final Key<List<SendStrategy>> STRATEGIES = Key.get(new TypeLiteral<>() {});

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SendStrategyName.class)
    void wiring_eachSingleStrategy_givesExactlyThatStrategy(SendStrategyName name) {
        Injector injector = injector(Map.of("SO_SEND_STRATEGY", name.configName()));

        assertThat(names(injector)).containsExactly(name.configName());
        assertThat(injector.getInstance(SendSubcommand.class)).isNotNull();
        assertThat(injector.getInstance(ProbeSubcommand.class)).isNotNull();
    }

    @Test
    void wiring_unset_givesTheDefaultOrder() {
        assertThat(names(injector(Map.of()))).containsExactly("email-agent", "smtp-relay", "activity-handoff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity-handoff,email-agent", " smtp-relay , Activity-Handoff ,email-agent"})
    void wiring_commaList_keepsTheConfiguredOrder(String value) {
        List<String> expected = List.of(
                value.replace(" ", "").toLowerCase(java.util.Locale.ROOT).split(","));

        assertThat(names(injector(Map.of("SO_SEND_STRATEGY", value)))).containsExactlyElementsOf(expected);
    }

    @Test
    void wiring_relayConfigured_isTheJakartaMailRelay() {
        Map<String, String> env = new HashMap<>();
        env.put("SO_SEND_STRATEGY", "smtp-relay");
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_SECURITY", "none");
        env.put("SMTP_FROM", "noreply@roboplanet.example");

        assertThat(injector(env).getInstance(STRATEGIES)).singleElement().isInstanceOf(SmtpRelaySendStrategy.class);
    }

    @Test
    void wiring_unknownStrategy_failsBeforeTheInjectorIsBuilt() {
        Map<String, String> env = Map.of("SO_SEND_STRATEGY", "carrier-pigeon");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> injector(env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SO_SEND_STRATEGY (given): entry 1 of 1 is not a strategy; give one"
                        + " or a comma list of email-agent, smtp-relay, activity-handoff (tried in that order)");
    }

    private Injector injector(Map<String, String> env) {
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Configuration config = Configuration.of(env);
        AppContext context = AppContext.of(config, console, dir, dir, CrmChoice.from(config, false, true));
        return Guice.createInjector(Modules.override(new AppModule(context)).with(new FakeSuperOffice().module()));
    }

    private static List<String> names(Injector injector) {
        return injector.getInstance(STRATEGIES).stream().map(SendStrategy::name).toList();
    }
}
