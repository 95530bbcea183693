package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.app.crm.SuperOfficeSession;
import com.roboplanet.soconnector.domain.port.out.CrmCatalogSource;
import com.roboplanet.soconnector.domain.port.out.RawSaleInspector;
import com.roboplanet.soconnector.domain.port.out.SaleSource;
import jakarta.inject.Inject;

/** The sale-reading side of SuperOffice, for the commands that do not yet go through a use case. */
public class CrmSession {
    private final SuperOfficeSession session;

    @Inject
    public CrmSession(SuperOfficeSession session) {
        this.session = session;
    }

    /** @param withQuoteLines also read each quoted sale's quote lines (Quote agent calls per quoted sale) */
    public SaleSource saleSource(boolean withQuoteLines) {
        return withQuoteLines
                ? session.connection().saleSourceWithQuoteLines()
                : session.connection().saleSource();
    }

    public CrmCatalogSource catalogSource() {
        return session.connection().catalogSource();
    }

    public RawSaleInspector rawSaleInspector() {
        return session.connection().rawSaleInspector();
    }
}
