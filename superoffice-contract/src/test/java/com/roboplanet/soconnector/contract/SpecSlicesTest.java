package com.roboplanet.soconnector.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecSlicesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode spec(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void slice_group_keepsItsPathsAndTheDefinitionsTheyReachFromTheirOwnFile() throws Exception {
        ObjectNode rest = spec("""
                {'swagger':'2.0','info':{},'paths':{
                  '/api/v1/Sale/{id}':{'get':{'responses':{'200':{'schema':{'$ref':'#/definitions/Sale'}}}}},
                  '/api/v1/Contact/{id}':{'get':{'responses':{'200':{'schema':{'$ref':'#/definitions/Contact'}}}}}},
                 'definitions':{'Sale':{'properties':{'Contact':{'$ref':'#/definitions/Contact'}}},
                  'Contact':{'properties':{'ContactId':{'type':'integer'}}},
                  'Quote':{'properties':{'FromRest':{'type':'string'}}}}}
                """);
        ObjectNode agents = spec("""
                {'swagger':'2.0','info':{},'paths':{
                  '/api/v1/Agents/Quote/GetQuote':{'post':{'responses':{'200':{'schema':{'$ref':'#/definitions/Quote'}}}}}},
                 'definitions':{'Quote':{'properties':{'FromAgents':{'type':'string'}}}}}
                """);

        ObjectNode sale = SpecSlices.slice(JSON, List.of(rest, agents), "Sale");
        ObjectNode quote = SpecSlices.slice(JSON, List.of(rest, agents), "Agents/Quote");

        assertThat(sale.get("paths").fieldNames()).toIterable().containsExactly("/api/v1/Sale/{id}");
        assertThat(sale.get("definitions").fieldNames()).toIterable().containsExactlyInAnyOrder("Sale", "Contact");
        assertThat(quote.at("/definitions/Quote/properties").has("FromAgents")).isTrue();
    }
}
