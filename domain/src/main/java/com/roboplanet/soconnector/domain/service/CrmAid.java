package com.roboplanet.soconnector.domain.service;

import com.roboplanet.soconnector.domain.port.out.CrmCatalogException;
import com.roboplanet.soconnector.domain.port.out.SaleSourceException;
import com.roboplanet.soconnector.domain.port.out.Warnings;
import java.util.List;
import java.util.function.Supplier;

/**
 * A CRM read that a command uses only as an aid (the CRM's product names for keyword proposals or an extended
 * catalogue): when the user may not make it, the command goes on without it and says so; any other failure stops the
 * command as before, and a command whose point is the read ({@code products}) does not use this.
 */
final class CrmAid {
    private CrmAid() {}

    /**
     * @param without what the command goes on without, for the warning ({@code the CRM's products})
     * @throws CrmCatalogException for every failure but a missing right
     */
    static <T> List<T> read(Supplier<List<T>> read, String without, Warnings warnings) {
        try {
            return read.get();
        } catch (CrmCatalogException e) {
            if (e.kind() != SaleSourceException.Kind.NOT_PERMITTED) {
                throw e;
            }
            warnings.warn(e.getMessage() + "; going on without " + without);
            return List.of();
        }
    }
}
