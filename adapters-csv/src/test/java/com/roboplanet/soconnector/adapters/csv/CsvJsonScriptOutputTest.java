package com.roboplanet.soconnector.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.roboplanet.soconnector.domain.model.ProductFamily;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvJsonScriptOutputTest {
    private final CsvJsonScriptOutput output = new CsvJsonScriptOutput();
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);

    @Test
    void csv_fieldsWithCommaQuoteOrLineBreak_areQuotedAndRecordsEndWithLf() {
        output.csv(
                List.of("Kind", "Name"),
                List.of(List.of("product", "Café \"Zur Post\", Inh."), List.of("family", "two\nlines")),
                out);

        assertThat(text.toString())
                .isEqualTo("Kind,Name\nproduct,\"Café \"\"Zur Post\"\", Inh.\"\nfamily,\"two\nlines\"\n");
    }

    @Test
    void csv_leavesTheWriterOpen() {
        output.csv(List.of("a"), List.of(), out);
        out.print("after");
        out.flush();

        assertThat(text.toString()).isEqualTo("a\nafter");
    }

    @Test
    void json_mapsInOrderAndRecordsByComponent_indentedWithALineBreakAtTheEnd() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("z", 1);
        doc.put("families", List.of(new ProductFamily(7, "Reinigung", "", true)));

        output.json(doc, out);
        out.flush();

        assertThat(text.toString())
                .isEqualTo("{\n  \"z\" : 1,\n  \"families\" : [ {\n    \"id\" : 7,\n    \"name\" : \"Reinigung\",\n"
                        + "    \"tooltip\" : \"\",\n    \"deleted\" : true\n  } ]\n}" + System.lineSeparator());
    }
}
