package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestCountIT {

    /**
     * Offset paging stopped at the first page shorter than asked; keyset paging stops only at an empty page (a short
     * page may be a tenant's cap), which costs one request more when the last page is short, and never more than that.
     */
    @ParameterizedTest(name = "{0} sales, page {1}: {3} sale requests (offset paging: {2})")
    @CsvSource({"1000, 100, 11, 11", "1050, 100, 11, 12", "99, 100, 1, 2", "100, 100, 2, 2", "1, 100, 1, 2"})
    void read_allSales_makesOneRequestPerPageUntilAnEmptyOnePlusOneTokenRequest(
            int sales, int pageSize, int offsetPagingRequests, int saleRequests) {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                        SandboxOptions.builder().port(0).salesCount(sales).build());
                SentRequests sent = new SentRequests()) {
            SandboxFixture.Read result =
                    SandboxFixture.read(sandbox, pageSize, new SaleQuery(0, null, null, false), new RecordingSleeper());
            assertThat(result.sales()).hasSize(sales);
            assertThat(sent.count("GET v1/Sale?"))
                    .isEqualTo(saleRequests)
                    .isLessThanOrEqualTo(offsetPagingRequests + 1);
            assertThat(sent.count(TokenService.TOKEN_ROUTE)).isEqualTo(1);
            assertThat(result.report().requests()).isEqualTo(saleRequests + 1L);
        }
    }
}
