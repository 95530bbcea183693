package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import com.roboplanet.soconnector.sandbox.SandboxOptions;
import com.roboplanet.soconnector.sandbox.SuperOfficeSandbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteLinesIT {

    @Test
    void read_withQuoteLines_addsLinesToQuotedSalesAtTwoAgentCallsEach() {
        try (SuperOfficeSandbox sandbox = SandboxFixture.start(
                        SandboxOptions.builder().port(0).salesCount(400).build());
                SentRequests sent = new SentRequests();
                SuperOfficeConnection connection = SuperOfficeConnection.open(
                        SandboxFixture.settings(sandbox, 100), Clock.systemUTC(), new RecordingSleeper())) {
            List<Sale> plain = new ArrayList<>();
            connection.saleSource().read(SaleQuery.all(), plain::add);
            List<Sale> quoted = new ArrayList<>();
            SaleSourceReport report = connection.saleSourceWithQuoteLines().read(SaleQuery.all(), quoted::add);

            assertThat(quoted)
                    .extracting(Sale::id)
                    .isEqualTo(plain.stream().map(Sale::id).toList());
            assertThat(plain).allMatch(s -> s.quoteLines().isEmpty());
            long withQuote = quoted.stream().filter(Sale::hasQuote).count();
            assertThat(withQuote).isPositive();
            assertThat(quoted)
                    .filteredOn(s -> !s.hasQuote())
                    .allMatch(s -> s.quoteLines().isEmpty());
            assertThat(quoted)
                    .filteredOn(s -> !s.quoteLines().isEmpty())
                    .isNotEmpty()
                    .allMatch(s -> s.quoteLines().stream()
                            .allMatch(l -> !(l.code().isEmpty() && l.name().isEmpty())
                                    && l.quantity().signum() > 0));
            assertThat(sent.count("POST v1/Agents/Quote/GetQuoteFromSaleId")).isEqualTo(withQuote);
            assertThat(sent.count("POST v1/Agents/Quote/GetQuoteLines")).isLessThanOrEqualTo(withQuote);
            // Every page of 100, and the empty page that proves the end.
            long pages = plain.size() / 100 + 2;
            assertThat(report.requests()).isLessThanOrEqualTo(pages + 2 * withQuote);
            assertThat(report.notes()).isEmpty();
        }
    }
}
