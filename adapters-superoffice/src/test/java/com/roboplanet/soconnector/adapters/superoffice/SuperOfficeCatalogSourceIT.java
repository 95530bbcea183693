package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuperOfficeCatalogSourceIT {

    private static SuperOfficeConnection connect(SuperOfficeSandbox sandbox, int pageSize) {
        return SuperOfficeConnection.open(
                SandboxFixture.settings(sandbox, pageSize), Clock.systemUTC(), new RecordingSleeper());
    }

    @Test
    void productFamilies_readsNamesAndHonoursIncludeDeleted() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = connect(sandbox, 500)) {
            List<ProductFamily> active = connection.catalogSource().productFamilies(false);
            List<ProductFamily> all = connection.catalogSource().productFamilies(true);
            assertThat(active).isNotEmpty().allMatch(f -> !f.name().isBlank()).noneMatch(ProductFamily::deleted);
            assertThat(all).hasSizeGreaterThanOrEqualTo(active.size()).containsAll(active);
        }
    }

    @Test
    void products_pagesTheWholeArchive() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SentRequests sent = new SentRequests();
                SuperOfficeConnection big = connect(sandbox, 500);
                SuperOfficeConnection small = connect(sandbox, 3)) {
            List<CrmProduct> onePage = big.catalogSource().products();
            assertThat(onePage).isNotEmpty().allMatch(p -> !p.name().isBlank());
            assertThat(small.catalogSource().products()).isEqualTo(onePage);
            // Each read goes on until an empty page: one short page and the empty one for the big read, every page of
            // 3 (the last one short) and the empty one for the small read; one request more than offset paging each.
            assertThat(sent.count("GET v1/Product?")).isEqualTo(2 + onePage.size() / 3 + 2L);
        }
    }

    @Test
    void products_whenRefreshTokenRevoked_failsAccessDenied() {
        try (SuperOfficeSandbox sandbox =
                        SandboxFixture.start(SandboxOptions.builder().port(0).build());
                SuperOfficeConnection connection = connect(sandbox, 500)) {
            sandbox.revokeRefreshToken();
            assertThatThrownBy(() -> connection.catalogSource().products())
                    .isInstanceOfSatisfying(
                            CrmCatalogException.class,
                            e -> assertThat(e.kind()).isEqualTo(SaleSourceException.Kind.ACCESS_DENIED));
        }
    }
}
