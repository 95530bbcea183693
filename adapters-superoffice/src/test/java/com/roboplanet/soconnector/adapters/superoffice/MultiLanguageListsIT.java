package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tenant whose lists answer {@code US:"...";GE:"..."}: names come out in SO_LANGUAGE, else the first language. */
class MultiLanguageListsIT {

    private static SuperOfficeSettings settings(SuperOfficeSandbox sandbox, String language) {
        SandboxCredentials c = sandbox.credentials();
        return new SuperOfficeSettings(
                c.clientId(),
                c.clientSecret(),
                c.refreshToken(),
                null,
                "sandbox",
                c.contextIdentifier(),
                URI.create(sandbox.loginUrl()),
                null,
                language,
                500,
                1000,
                null,
                null);
    }

    @ParameterizedTest(name = "SO_LANGUAGE={0}")
    @CsvSource({
        "de, Serviceroboter, Reinigungsroboter",
        "de-DE, Serviceroboter, Reinigungsroboter",
        "en, Service robots, Cleaning robots",
        "en-GB, Service robots, Cleaning robots",
        "fr, Service robots, Cleaning robots"
    })
    void catalog_whenListsComeInSeveralLanguages_readsTheConfiguredOne(String language, String first, String second) {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        settings(sandbox, language), Clock.systemUTC(), new RecordingSleeper())) {
            sandbox.multiLanguageListValues();
            List<ProductFamily> families = connection.catalogSource().productFamilies(false);
            assertThat(families).extracting(ProductFamily::name).startsWith(first, second);
            assertThat(families).allMatch(f -> !f.name().contains(":\""));
            List<CrmProduct> products = connection.catalogSource().products();
            assertThat(products).extracting(CrmProduct::family).contains(first, second);
            assertThat(products).allMatch(p -> !p.family().contains(":\""));
        }
    }
}
