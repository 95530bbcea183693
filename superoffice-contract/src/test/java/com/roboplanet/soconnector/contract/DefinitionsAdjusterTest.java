package com.roboplanet.soconnector.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionsAdjusterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode spec() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"swagger":"2.0","paths":{},"definitions":{
                  "Sale":{"type":"object","properties":{
                    "SaleId":{"type":"integer"},"Heading":{"type":"string"},
                    "Saledate":{"type":"string","format":"date-time"},
                    "Contact":{"$ref":"#/definitions/Contact"}}},
                  "Contact":{"type":"object","properties":{"ContactId":{"type":"integer"}}},
                  "Right":{"type":"object","properties":{"Mask":{"type":"string","enum":["Select","Update"]}}}}}
                """);
    }

    private static AcceptedDifferences rows(String... rows) {
        List<String> lines =
                new ArrayList<>(List.of("| Rule | Definition | Properties | Source | Reason |", "|-|-|-|-|-|"));
        lines.addAll(List.of(rows));
        return AcceptedDifferences.parse(lines, Path.of("differences.md"));
    }

    @Test
    void adjust_noRows_closesEveryObject() throws Exception {
        ObjectNode spec = spec();

        DefinitionsAdjuster.adjust(List.of(spec), rows());

        assertThat(spec.at("/definitions/Sale/additionalProperties").asBoolean(true))
                .isFalse();
        assertThat(spec.at("/definitions/Contact/additionalProperties").asBoolean(true))
                .isFalse();
        assertThat(spec.at("/definitions/Sale/properties/Saledate/format").asText())
                .isEqualTo("date-time");
    }

    @Test
    void adjust_rows_applyAsWritten() throws Exception {
        ObjectNode spec = spec();

        DefinitionsAdjuster.adjust(
                List.of(spec),
                rows(
                        "| `required` | `Sale` | `SaleId` | ours | key |",
                        "| `nullable` | `Sale` | `Contact` | API | may be null |",
                        "| `extra` | `Sale` | `Margin` | API | newer |",
                        "| `flags` | `Right` | `Mask` | ours | flags |",
                        "| `unchecked` | `date-time-offset` | - | API | local dates |"));

        assertThat(spec.at("/definitions/Sale/required/0").asText()).isEqualTo("SaleId");
        assertThat(spec.at("/definitions/Sale/properties/Contact/$ref").asText())
                .isEqualTo("#/definitions/Contact.OrNull");
        assertThat(spec.at("/definitions/Contact.OrNull/x-nullable").asBoolean())
                .isTrue();
        assertThat(spec.at("/definitions/Contact/x-nullable").isMissingNode()).isTrue();
        assertThat(spec.at("/definitions/Sale/properties/Margin").isObject()).isTrue();
        assertThat(spec.at("/definitions/Right/properties/Mask/pattern").asText())
                .isEqualTo("^(Select|Update)(, (Select|Update))*$");
        assertThat(spec.at("/definitions/Sale/properties/Saledate/pattern").asText())
                .isEqualTo(DefinitionsAdjuster.LOCAL_DATE_TIME);
    }

    @Test
    void adjust_staleRows_failNamingEachLine() throws Exception {
        assertThatThrownBy(() -> DefinitionsAdjuster.adjust(
                        List.of(spec()),
                        rows(
                                "| `required` | `Shipment` | `Id` | ours | gone |",
                                "| `required` | `Sale` | `Title` | ours | renamed |",
                                "| `extra` | `Sale` | `Heading` | ours | now defined |")))
                .hasMessageContaining("line 3: no definition named Shipment")
                .hasMessageContaining("line 4: Sale has no Title")
                .hasMessageContaining("line 5: Sale already has Heading");
    }
}
