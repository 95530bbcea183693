package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.SandboxCredentials;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Settings pointing at a running sandbox, and a helper that reads all sales into a list. */
final class SandboxFixture {
    private SandboxFixture() {}

    static SuperOfficeSettings settings(SuperOfficeSandbox sandbox, int pageSize) {
        SandboxCredentials c = sandbox.credentials();
        // The rate limit is lifted so the tests do not spend real time in it; the limiter has its own test.
        return SuperOfficeSettings.of(
                        c.clientId(),
                        c.clientSecret(),
                        c.refreshToken(),
                        "sandbox",
                        c.contextIdentifier(),
                        URI.create(sandbox.loginUrl()))
                .withPageSize(pageSize)
                .withMaxRequestsPerSecond(1000);
    }

    record Read(List<Sale> sales, SaleSourceReport report) {
        List<Long> ids() {
            return sales.stream().map(Sale::id).toList();
        }
    }

    static Read read(SuperOfficeSandbox sandbox, int pageSize, SaleQuery query, Sleeper sleeper) {
        try (SuperOfficeConnection connection =
                SuperOfficeConnection.open(settings(sandbox, pageSize), Clock.systemUTC(), sleeper)) {
            List<Sale> sales = new ArrayList<>();
            SaleSourceReport report = connection.saleSource().read(query, sales::add);
            return new Read(sales, report);
        }
    }
}
