package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestCountIT {

    @ParameterizedTest(name = "{0} sales, page {1}: {2} sale requests")
    @CsvSource({"1000, 100, 11", "1050, 100, 11", "99, 100, 1", "100, 100, 2"})
    void read_allSales_makesOneRequestPerPagePlusOneTokenRequest(int sales, int pageSize, int saleRequests) {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                        SandboxOptions.builder().port(0).salesCount(sales).build());
                SentRequests sent = new SentRequests()) {
            SandboxFixture.Read result =
                    SandboxFixture.read(sandbox, pageSize, new SaleQuery(0, null, null, false), new RecordingSleeper());
            assertThat(result.sales()).hasSize(sales);
            assertThat(sent.count("GET v1/Sale?")).isEqualTo(saleRequests);
            assertThat(sent.count(TokenService.TOKEN_ROUTE)).isEqualTo(1);
            assertThat(result.report().requests()).isEqualTo(saleRequests + 1L);
        }
    }
}
