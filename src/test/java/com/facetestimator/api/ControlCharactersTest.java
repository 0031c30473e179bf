package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.HttpEvents;
import com.facetestimator.testing.SampleRequests;
import com.facetestimator.tools.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A C0 control character or DEL in any string field is a 400 naming that field, never a silent match. */
class ControlCharactersTest {
    private final ApiStack api = ApiStack.shared();

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0009", "\n", "\u001f", "\u007f"})
    void inALevelTheLevelIsNamed(String control) throws Exception {
        ObjectNode body = SampleRequests.workedExample();
        body.putArray("levels").add("L4-L5" + control).add("L5-S1");

        assertThat(fields(post("POST /estimates", Map.of(), body))).containsExactly("levels[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"payerId", "siteOfService", "dateOfService", "procedure", "locality"})
    void inAnyTextMemberTheMemberIsNamed(String field) throws Exception {
        ObjectNode body = SampleRequests.workedExample();
        body.put("locality", "01182-18");
        body.put(field, body.path(field).asText() + "\u0000");

        assertThat(fields(post("POST /estimates", Map.of(), body))).containsExactly(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asOf", "region"})
    void inAQueryParameterTheParameterIsNamed(String name) throws Exception {
        String value = (name.equals("asOf") ? "2026-03-02" : "LUMBAR_SACRAL") + "\u007f";
        APIGatewayV2HTTPResponse response = api.invoke(HttpEvents.event(SessionsHandler.GET,
                Map.of("patientId", ApiStack.newPatientId("ctl")), Map.of(name, value), null));

        assertThat(fields(response)).containsExactly(name);
    }

    private APIGatewayV2HTTPResponse post(String route, Map<String, String> path, ObjectNode body) throws Exception {
        return api.invoke(HttpEvents.event(route, path, Map.of(), Json.MAPPER.writeValueAsString(body)));
    }

    private static List<String> fields(APIGatewayV2HTTPResponse response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(400);
        JsonNode problem = Json.MAPPER.readTree(response.getBody());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        if (fields.size() == 1) {
            assertThat(problem.path("errors").get(0).path("message").asText()).contains("control characters");
        }
        return fields;
    }
}
