package com.roboplanet.soconnector.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.model.ProductFamily;
import com.roboplanet.soconnector.domain.port.in.CrmCatalogListing;
import com.roboplanet.soconnector.domain.port.in.ListCatalogCommand;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ListCatalogServiceTest {
    private final FakeCrmCatalog crm = new FakeCrmCatalog(
            List.of(new ProductFamily(1, "Reinigung", "", false), new ProductFamily(2, "Alt", "", true)),
            List.of(new CrmProduct(10, "CC1", "Pudu CC1", "Reinigung", new BigDecimal("16990"), true)));

    @Test
    void list_withoutDeleted_asksTheCrmForActiveFamiliesAndAllProducts() {
        CrmCatalogListing listing = new ListCatalogService(() -> crm).list(new ListCatalogCommand(false));

        assertThat(listing.families()).extracting(ProductFamily::name).containsExactly("Reinigung");
        assertThat(listing.products()).extracting(CrmProduct::code).containsExactly("CC1");
    }

    @Test
    void list_withDeleted_includesTheDeletedFamilies() {
        CrmCatalogListing listing = new ListCatalogService(() -> crm).list(new ListCatalogCommand(true));

        assertThat(listing.families()).extracting(ProductFamily::name).containsExactly("Reinigung", "Alt");
    }

    @Test
    void construct_beforeAListing_doesNotReachTheCrm() {
        AtomicInteger opened = new AtomicInteger();

        new ListCatalogService(() -> {
            opened.incrementAndGet();
            return crm;
        });

        assertThat(opened).hasValue(0);
    }
}
