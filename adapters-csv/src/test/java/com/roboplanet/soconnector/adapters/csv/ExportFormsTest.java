package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.adapters.csv.ExportForms.Exported;
import com.roboplanet.soconnector.adapters.csv.ExportForms.Form;
import com.roboplanet.soconnector.domain.model.Sale;
import com.roboplanet.soconnector.domain.port.out.SaleQuery;
import com.roboplanet.soconnector.domain.port.out.SaleSourceReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same sales, exported in each form issue 15 names, are read into the same sales. */
class ExportFormsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void read_sameSalesInEveryForm_givesEqualSales(Form form) throws IOException {
        Path file = form.write(dir, ExportForms.SALES);

        List<Sale> sales = new ArrayList<>();
        SaleSourceReport report = new ExportSaleSource(ExportFile.of(file)).read(SaleQuery.all(), sales::add);

        assertThat(sales)
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                                .build())
                .containsExactlyElementsOf(
                        ExportForms.SALES.stream().map(Exported::sale).toList());
        assertThat(report.unreadable().any()).isFalse();
    }
}
