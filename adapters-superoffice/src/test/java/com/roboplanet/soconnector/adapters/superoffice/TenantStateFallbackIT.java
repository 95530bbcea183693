package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import com.roboplanet.soconnector.sandbox.TenantState;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Without {@code webapi_url} in the id_token the host comes from the tenant state API, which also tells "not running". */
class TenantStateFallbackIT {

    private static SuperOfficeConnection connect(SuperOfficeSandbox sandbox) {
        return SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, 500), Clock.systemUTC(), new RecordingSleeper());
    }

    @Test
    void products_whenIdTokenHasNoWebApiUrl_findTheHostThroughTheStateApi() {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                        SandboxOptions.builder().port(0).salesCount(20).build());
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.omitWebApiUrlFromIdToken();
            assertThat(connection.catalogSource().products()).isNotEmpty();
            assertThat(sandbox.requestLog().entries())
                    .anySatisfy(e -> assertThat(e.path()).contains("/api/state/"));
        }
    }

    @Test
    void products_whenTenantIsInOfflineMaintenance_failsUnavailableNamingTheState() {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                        SandboxOptions.builder().port(0).salesCount(20).build());
                SuperOfficeConnection connection = connect(sandbox)) {
            sandbox.omitWebApiUrlFromIdToken();
            sandbox.setTenantState(TenantState.OFFLINE_MAINTENANCE);
            assertThatThrownBy(() -> connection.catalogSource().products())
                    .isInstanceOfSatisfying(
                            CrmCatalogException.class,
                            e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.UNAVAILABLE))
                    .hasMessageContaining("OfflineMaintenance")
                    .hasMessageContaining("try again later");
        }
    }
}
