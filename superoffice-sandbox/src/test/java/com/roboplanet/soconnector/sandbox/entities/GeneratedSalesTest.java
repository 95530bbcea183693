package com.roboplanet.soconnector.sandbox.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeneratedSalesTest {
    private static GeneratedSales tenant(long seed, int size) {
        return new GeneratedSales(seed, size, new Customers(seed, Math.max(20, size / 10)));
    }

    @Test
    void at_sameSeed_givesSameSale() {
        assertThat(tenant(7, 2000).at(123)).isEqualTo(tenant(7, 2000).at(123));
        assertThat(tenant(7, 2000).at(123)).isNotEqualTo(tenant(8, 2000).at(123));
    }

    @Test
    void at_omnieSale_isTheFirstTeamsExample() {
        GeneratedSales sales = tenant(42, 2000);
        SaleRow omnie = sales.at(sales.indexOf(342243).orElseThrow());
        assertThat(omnie.heading()).isEqualTo("2xOmnie CD-01 mit Nachlass");
        assertThat(omnie.contactId()).isPositive();
        assertThat(omnie.hasQuote()).isTrue();
    }

    @Test
    void at_aboutAThirdHaveNoCustomer_andDatesNeverDecrease() {
        GeneratedSales sales = tenant(42, 3000);
        long withoutCustomer = IntStream.range(0, 3000)
                .filter(i -> sales.at(i).contactId() == 0)
                .count();
        assertThat(withoutCustomer).isBetween(850L, 1150L);
        assertThat(IntStream.range(1, 3000)
                        .allMatch(i ->
                                !sales.at(i).date().isBefore(sales.at(i - 1).date())))
                .isTrue();
        assertThat(IntStream.range(0, 3000).filter(i -> sales.at(i).hasQuote()).count())
                .isPositive();
        assertThat(IntStream.range(0, 3000)
                        .filter(i -> sales.at(i).heading().isEmpty())
                        .count())
                .isPositive();
    }

    @Test
    void at_millionSales_lastOneIsComputedOnDemand() {
        GeneratedSales sales = tenant(1, 1_000_000);
        assertThat(sales.at(999_999).saleId()).isEqualTo(GeneratedSales.FIRST_ID + 999_999);
    }

    @Test
    void at_someSalesCarryTheirHeadingProductCodeInArtikelnummer_mostNone() {
        GeneratedSales sales = tenant(42, 3000);
        SaleRow omnie = sales.at(sales.indexOf(GeneratedSales.OMNIE_SALE_ID).orElseThrow());
        assertThat(omnie.udefs())
                .containsEntry(SaleUdefs.ARTICLE_NUMBER, "RR-02-017-OMNIE")
                .containsEntry(SaleUdefs.ARTICLE_QUANTITY, "2");
        long withCode = IntStream.range(0, 3000)
                .filter(i -> !sales.at(i).udefs().isEmpty())
                .count();
        assertThat(withCode).isBetween(150L, 450L);
        assertThat(IntStream.range(0, 3000)
                        .mapToObj(sales::at)
                        .filter(sale -> !sale.udefs().isEmpty())
                        .allMatch(sale -> !sale.heading().isEmpty()))
                .isTrue();
    }

    @Test
    void at_quotes_someHaveSeveralAlternativesOrVersions_theOneThatCountsCarriesTheSaleLines() {
        GeneratedSales sales = tenant(42, 20_000);
        List<SaleQuote> quotes = IntStream.range(0, 20_000)
                .mapToObj(sales::at)
                .filter(SaleRow::hasQuote)
                .map(SaleRow::quote)
                .toList();
        List<SaleQuote> several =
                quotes.stream().filter(SaleQuote::severalAlternatives).toList();
        assertThat((double) several.size() / quotes.size()).isBetween(0.5 / 64, 2.0 / 64);
        assertThat(several).anyMatch(q -> q.acceptedAlternativeId() > 0);
        assertThat(several).anyMatch(q -> q.versions().size() == 2);
        assertThat(several)
                .anyMatch(q -> q.favouriteAlternativeId() > 0
                        && q.acceptedAlternativeId() == 0
                        && q.chosen() != q.activeVersion().alternatives().get(0));
        assertThat(several)
                .anyMatch(q -> q.favouriteAlternativeId() == 0
                        && q.versions().size() == 1
                        && q.chosen() == q.activeVersion().alternatives().get(0));
        IntStream.range(0, 20_000).mapToObj(sales::at).filter(SaleRow::hasQuote).forEach(sale -> {
            assertThat(sale.quote().chosen().lines()).isEqualTo(sale.quoteLines());
            assertThat(sale.quote().chosen().alternativeId()).isEqualTo(sale.saleId());
        });
    }
}
