package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.Customer;
import com.roboplanet.soconnector.domain.model.Product;
import com.roboplanet.soconnector.domain.model.ProductCatalog;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.in.CatalogChoice;
import com.roboplanet.soconnector.domain.port.in.InspectSalesCommand;
import com.roboplanet.soconnector.domain.port.in.InspectSalesUseCase;
import com.roboplanet.soconnector.domain.port.in.InspectedSale;
import com.roboplanet.soconnector.domain.port.in.RecognisedProduct;
import com.roboplanet.soconnector.domain.port.out.SaleOrigin;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectSalesServiceTest {
    private static final Customer ACME = new Customer(7, "Acme GmbH");

    private final InMemorySaleRecords records = new InMemorySaleRecords(List.of(
                    record(5, "2xOmnie CD-01", ACME),
                    record(4, "KettyBot Miete", null),
                    record(3, "Wartung Omnie", null),
                    record(2, "Reparatur", ACME)))
            .withFullRecord(5, "{\"SaleId\": 5}");
    private final FixedSaleSources sources = FixedSaleSources.of(records);
    private final InMemoryCatalogFiles catalogFiles = new InMemoryCatalogFiles();
    private final InspectSalesService service = new InspectSalesService(sources, catalogFiles);

    @Test
    void inspect_latest_readsTheCrmLikeTheReportButWithSalesWithoutCustomer() {
        List<InspectedSale> shown =
                service.inspect(new InspectSalesCommand(null, 2, false, false, false, CatalogChoice.builtIn()));

        assertThat(shown).extracting(s -> s.record().sale().id()).containsExactly(5L, 4L);
        assertThat(sources.asked).containsExactly(SaleOrigin.crm(false));
        assertThat(records.queries)
                .containsExactly(new SaleQuery(InspectSalesUseCase.SEARCH_WINDOW, null, null, false));
        assertThat(shown.get(0).products()).containsExactly(new RecognisedProduct("OMNIE", 2, "Omnie CD-01"));
        assertThat(shown.get(1).products()).isEmpty();
    }

    @Test
    void inspect_withoutCustomerAndUnmatched_filtersBeforeTheLimit() {
        List<InspectedSale> withoutCustomer =
                service.inspect(new InspectSalesCommand(null, 5, true, false, false, CatalogChoice.builtIn()));
        List<InspectedSale> unmatched =
                service.inspect(new InspectSalesCommand(null, 5, false, true, false, CatalogChoice.builtIn()));
        List<InspectedSale> both =
                service.inspect(new InspectSalesCommand(null, 1, true, true, false, CatalogChoice.builtIn()));

        assertThat(withoutCustomer).extracting(s -> s.record().sale().id()).containsExactly(4L, 3L);
        assertThat(unmatched).extracting(s -> s.record().sale().id()).containsExactly(4L, 2L);
        assertThat(both).extracting(s -> s.record().sale().id()).containsExactly(4L);
    }

    @Test
    void inspect_oneSaleWithFullRecord_readsTheFullRecordOnlyWhenAsked() {
        InspectedSale withEntity = service.inspect(
                        new InspectSalesCommand(5L, 5, false, false, true, CatalogChoice.builtIn()))
                .get(0);
        InspectedSale without = service.inspect(
                        new InspectSalesCommand(5L, 5, false, false, false, CatalogChoice.builtIn()))
                .get(0);

        assertThat(withEntity.fullRecordIfFound()).contains("{\"SaleId\": 5}");
        assertThat(without.fullRecordIfFound()).isEmpty();
        assertThat(records.fullRecordsRead).containsExactly(5L);
    }

    @Test
    void inspect_unknownSale_isEmpty() {
        assertThat(service.inspect(new InspectSalesCommand(99L, 5, false, false, true, CatalogChoice.builtIn())))
                .isEmpty();
    }

    @Test
    void inspect_unmatchedWithACatalogueFile_matchesAgainstThatCatalogue() {
        catalogFiles.with(
                Path.of("products.csv"),
                ProductCatalog.of(List.of(new Product("KETTYBOT", "KettyBot", List.of("KettyBot")))));

        List<InspectedSale> unmatched = service.inspect(new InspectSalesCommand(
                null, 5, false, true, false, new CatalogChoice(Path.of("products.csv"), false)));

        assertThat(unmatched).extracting(s -> s.record().sale().id()).containsExactly(5L, 3L, 2L);
        assertThat(service.inspect(new InspectSalesCommand(
                                4L, 5, false, false, false, new CatalogChoice(Path.of("products.csv"), false)))
                        .get(0)
                        .products())
                .containsExactly(new RecognisedProduct("KETTYBOT", 1, "KettyBot"));
    }

    private static SaleRecord record(long id, String heading, Customer customer) {
        return new SaleRecord(
                new Sale(id, heading, LocalDate.of(2024, 3, 1), customer, "Anna", null), "{\"saleId\": " + id + "}");
    }
}
