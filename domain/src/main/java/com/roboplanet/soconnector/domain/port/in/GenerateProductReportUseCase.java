package com.roboplanet.soconnector.domain.port.in;

/** Reads sales, recognises the products in them, and writes the customer-product report. */
public interface GenerateProductReportUseCase {

    /**
     * @throws com.roboplanet.soconnector.domain.port.out.SaleSourceException when the sales cannot be read
     * @throws com.roboplanet.soconnector.domain.port.out.ReportSinkException when the report cannot be written
     */
    ReportSummary generate(GenerateProductReportCommand command);
}
