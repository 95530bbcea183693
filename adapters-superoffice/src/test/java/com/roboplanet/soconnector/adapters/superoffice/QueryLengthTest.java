package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roboplanet.soconnector.adapters.superoffice.SuperOfficeApiException.Failure;
import com.roboplanet.soconnector.domain.model.SaleStatus;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every query the reads send fits the 2,048 bytes IIS accepts by default; a longer one is refused before sending. */
class QueryLengthTest {
    private static final long LARGEST_ID = Integer.MAX_VALUE;

    @Test
    void quoteLineQuery_atTheLargestIds_fitsWithRoomToSpare() {
        KeysetPager pager = new KeysetPager(
                QuoteLines.ARCHIVE_COLUMNS,
                QuoteLines.SALE_ID + " lt " + LARGEST_ID,
                QuoteLines.ARCHIVE_KEY,
                SuperOfficeSettings.DEFAULT_PAGE_SIZE);
        pager.next(Long.MAX_VALUE).orElseThrow();
        ObjectNode row = Json.MAPPER.createObjectNode();
        row.put(QuoteLines.SALE_ID, LARGEST_ID - 1);
        row.put(QuoteLines.LINE_ID, LARGEST_ID - 1);
        pager.accept(new ArchivePage(List.of(row), "GET test"));
        ArchiveQuery next = pager.next(Long.MAX_VALUE).orElseThrow();

        assertThat(RequestExecutor.queryString(next.parameters()).length()).isLessThan(1024);
    }

    @Test
    void saleQuery_withEveryFilterAndAKey_fits() {
        SaleQuery query = new SaleQuery(0, LocalDate.of(2025, 1, 1), SaleStatus.STALLED, true);
        KeysetPager pager =
                new KeysetPager(SaleRows.COLUMNS, SaleFilter.of(query, true), SuperOfficeSaleSource.KEY, 10_000);
        pager.next(Long.MAX_VALUE).orElseThrow();
        ObjectNode row = Json.MAPPER.createObjectNode();
        row.put(SaleRows.SALE_ID, LARGEST_ID);
        pager.accept(new ArchivePage(List.of(row), "GET test"));

        assertThat(RequestExecutor.queryString(
                                pager.next(Long.MAX_VALUE).orElseThrow().parameters())
                        .length())
                .isLessThan(1024);
    }

    @Test
    void get_queryLongerThanIisAccepts_failsAsConfigurationBeforeSending() {
        List<String> columns = new ArrayList<>(SaleRows.COLUMNS);
        for (int i = 1; i <= 80; i++) columns.add("saleUdef/SuperOffice:" + i);
        ArchiveQuery query = new ArchiveQuery(columns, "", "saleId desc", 500, 0);
        // No token service and no transport: the check comes before either is used.
        RequestExecutor executor = new RequestExecutor(null, null, Map.of());

        assertThatThrownBy(() -> executor.get(SuperOfficeApi.SALE_ARCHIVE, query.parameters()))
                .isInstanceOfSatisfying(SuperOfficeApiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.getMessage()).contains("more than the 2048").contains("SO_UDF_COLUMNS");
                });
    }
}
