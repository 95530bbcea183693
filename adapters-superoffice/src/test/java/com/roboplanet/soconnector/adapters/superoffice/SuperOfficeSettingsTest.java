package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuperOfficeSettingsTest {

    @Test
    void create_whenStage_logsInAtQaonline() {
        SuperOfficeSettings settings = SuperOfficeSettings.of("id", "secret", "refresh", "stage", "Cust1", null);
        assertThat(settings.loginUrl()).isEqualTo(URI.create("https://qaonline.superoffice.com"));
    }

    @Test
    void create_whenSandboxWithoutLoginUrl_namesTheKey() {
        assertThatThrownBy(() -> SuperOfficeSettings.of("id", "secret", "refresh", "sandbox", "Cust1", null))
                .hasMessageContaining("SO_LOGIN_URL");
    }

    @Test
    void create_whenEnvironmentUnknown_namesTheKeyAndChoices() {
        assertThatThrownBy(() -> SuperOfficeSettings.of("id", "secret", "refresh", "prod", "Cust1", null))
                .hasMessageContaining("SO_ENVIRONMENT")
                .hasMessageContaining("sod, qaonline, stage, online, sandbox");
    }

    @Test
    void create_whenSecretMissing_namesTheKey() {
        assertThatThrownBy(() -> SuperOfficeSettings.of("id", " ", "refresh", "sod", "Cust1", null))
                .hasMessage("SO_CLIENT_SECRET is required but empty");
    }

    @Test
    void create_whenPageSizeZero_namesTheKey() {
        assertThatThrownBy(() -> SuperOfficeSettings.of("id", "s", "r", "sod", "Cust1", null)
                        .withPageSize(0))
                .hasMessageContaining("SO_PAGE_SIZE");
    }

    @Test
    void withUdfColumns_stripsAndDropsRepeats() {
        SuperOfficeSettings settings = SuperOfficeSettings.of("id", "s", "r", "sod", "Cust1", null)
                .withUdfColumns(List.of(" saleUdef/SuperOffice:1", "saleUdef/SuperOffice:1", "saleUdef/SuperOffice:2"));
        assertThat(settings.udfColumns()).containsExactly("saleUdef/SuperOffice:1", "saleUdef/SuperOffice:2");
        assertThat(SuperOfficeSettings.of("id", "s", "r", "sod", "Cust1", null).udfColumns())
                .isEmpty();
    }

    @Test
    void withUdfColumns_whenNameCouldSplitTheSelect_namesKeyAndColumnButNotTheValue() {
        assertThatThrownBy(() -> SuperOfficeSettings.of("id", "s", "r", "sod", "Cust1", null)
                        .withUdfColumns(List.of("saleUdef/SuperOffice:2", "saleUdef/SuperOffice:1&$top=1")))
                .hasMessageStartingWith("SO_UDF_COLUMNS: column 2 has characters")
                .hasMessageNotContaining("$top");
        assertThatThrownBy(() -> SuperOfficeSettings.of("id", "s", "r", "sod", "Cust1", null)
                        .withUdfColumns(List.of("")))
                .hasMessageContaining("SO_UDF_COLUMNS has an empty column name");
    }

    @Test
    void toString_hidesSecretAndRefreshToken() {
        String text = SuperOfficeSettings.of("id", "TOPSECRET", "REFRESHME", "online", "Cust1", null)
                .toString();
        assertThat(text).doesNotContain("TOPSECRET").doesNotContain("REFRESHME").contains("Cust1");
    }

    @Test
    void userAgent_namesToolAndBuiltVersion() {
        assertThat(SuperOfficeConnection.userAgent()).matches("so-connector/\\d+\\.\\d+\\.\\d+.*");
    }
}
