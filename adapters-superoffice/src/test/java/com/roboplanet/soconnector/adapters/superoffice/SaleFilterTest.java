package com.roboplanet.soconnector.adapters.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaleFilterTest {

    @Test
    void of_whenEverythingSet_usesOnlyOperatorsTheApiAccepts() {
        SaleQuery query = new SaleQuery(10, LocalDate.parse("2024-03-01"), SaleStatus.SOLD, true);
        assertThat(SaleFilter.of(query, true))
                .isEqualTo("contact/contactId gt 0 and date after '2024-02-29' and saleStatus oneOf (2)");
    }

    @Test
    void of_whenCustomerFilterOnClient_leavesItOut() {
        assertThat(SaleFilter.of(SaleQuery.latest(5), false)).isEmpty();
    }

    @Test
    void code_followsSuperOfficeSaleStatusNumbers() {
        assertThat(SaleFilter.code(SaleStatus.OPEN)).isEqualTo(1);
        assertThat(SaleFilter.code(SaleStatus.STALLED)).isEqualTo(4);
    }
}
