package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.matching.TextNormalizer;
import com.roboplanet.soconnector.domain.model.CrmProduct;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The CRM's products by code, for the product codes a user-defined field holds: a field carries a code only
 * ({@code PD-BB-PRO-01}), and only the CRM's product archive says that this is the "Pudu BellaBot Pro" a heading
 * beside it names. Each run reads the archive once, on the first code the catalogue cannot place, so a run whose
 * codes the catalogue knows, or an export, never asks. The names are an aid: a user who may not read products gets a
 * warning and the codes are reported as they are (see {@code CrmAid}).
 */
public final class CrmProductNames {
    private final Supplier<CrmCatalogSource> crm;
    private final Warnings warnings;

    /**
     * @param crm obtained on the first lookup of a run, because reaching the CRM opens a connection
     * @param warnings told when the user may not read the products
     */
    public CrmProductNames(Supplier<CrmCatalogSource> crm, Warnings warnings) {
        this.crm = crm;
        this.warnings = warnings;
    }

    /** One run's lookup: reads the CRM's products on its first use, then answers from them. */
    Lookup forRun() {
        return new Lookup();
    }

    /** The CRM's product with a code, compared as skeletons ({@code pd-bb-pro-01} is {@code PD-BB-PRO-01}). */
    final class Lookup {
        private Map<String, CrmProduct> byCode;

        private Lookup() {}

        /**
         * @throws com.roboplanet.soconnector.domain.port.out.CrmCatalogException when the products cannot be read
         *     for another reason than a missing right (the CRM is down: as for the sales, the run stops)
         */
        Optional<CrmProduct> byCode(String code) {
            if (byCode == null) {
                byCode = new HashMap<>();
                for (CrmProduct product :
                        CrmAid.read(() -> crm.get().products(), "the CRM's product names for field codes", warnings)) {
                    if (!product.code().isEmpty()) {
                        byCode.putIfAbsent(TextNormalizer.skeleton(product.code()), product);
                    }
                }
            }
            return Optional.ofNullable(byCode.get(TextNormalizer.skeleton(code)));
        }
    }
}
