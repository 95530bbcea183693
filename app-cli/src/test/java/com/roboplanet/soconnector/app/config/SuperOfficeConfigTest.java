package com.roboplanet.soconnector.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SuperOfficeConfigTest {
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
    void udfProductPatterns_default_findsPriceListCodesButNotModelNames() {
        Pattern pattern =
                SuperOfficeConfig.udfProductPatterns(Configuration.of(Map.of())).get(0);
        assertThat(pattern.matcher("Art.-Nr. RR-02-017-OMNIE, 2 Stück").results())
                .extracting(m -> m.group())
                .containsExactly("RR-02-017-OMNIE");
        assertThat(pattern.matcher("PD-BB-PRO-01").matches()).isTrue();
        assertThat(pattern.matcher("SP-BRUSH-CC1").matches()).isTrue();
        assertThat(pattern.matcher("Omnie CD-01").find()).isFalse();
        assertThat(pattern.matcher("2").find()).isFalse();
    }

    @Test
    void udfProductPatterns_emptyValue_turnsTheScanOff() {
        assertThat(SuperOfficeConfig.udfProductPatterns(Configuration.of(Map.of("SO_UDF_PRODUCT_PATTERN", " "))))
                .isEmpty();
    }

    @Test
    void udfProductPatterns_invalidRegex_namesTheKeyAndWhereButNotTheValue() {
        assertThatThrownBy(() -> SuperOfficeConfig.udfProductPatterns(
                        Configuration.of(Map.of("SO_UDF_PRODUCT_PATTERN", "(RR-"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("SO_UDF_PRODUCT_PATTERN (given): not a valid Java regular expression")
                .hasMessageContaining("index 4")
                .hasMessageNotContaining("(RR-");
    }

    @Test
    void settings_udfColumns_splitCommaListAndDropBlanks() {
        Map<String, String> values = tenant();
        values.put("SO_UDF_COLUMNS", " saleUdef/SuperOffice:1 ,, saleUdef/SuperOffice:2,");
        assertThat(SuperOfficeConfig.settings(Configuration.of(values)).udfColumns())
                .containsExactly("saleUdef/SuperOffice:1", "saleUdef/SuperOffice:2");
        assertThat(SuperOfficeConfig.settings(Configuration.of(tenant())).udfColumns())
                .isEmpty();
    }

    @Test
    void settings_udfColumnWithSeparator_failsNamingTheKey() {
        Map<String, String> values = tenant();
        values.put("SO_UDF_COLUMNS", "saleUdef/SuperOffice:1&$top=1");
        assertThatThrownBy(() -> SuperOfficeConfig.settings(Configuration.of(values)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SO_UDF_COLUMNS");
    }

    @Test
    void absent_onlyProductPatternSet_stillUsesTheSandbox() {
        assertThat(SuperOfficeConfig.absent(Configuration.of(Map.of("SO_UDF_PRODUCT_PATTERN", "X"))))
                .isTrue();
        assertThat(SuperOfficeConfig.absent(Configuration.of(Map.of("SO_UDF_COLUMNS", "x"))))
                .isFalse();
        assertThat(SuperOfficeConfig.absent(Configuration.of(Map.of("REPORT_DIR", "out"))))
                .isTrue();
    }
}
