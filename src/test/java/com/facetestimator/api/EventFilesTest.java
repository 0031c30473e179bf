package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.Events;
import com.facetestimator.testing.OpenApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each committed events/ file, loaded with aws-lambda-java-tests as `sam local invoke -e` would
 * feed it, invoked on the handler template.yaml names for its route: the status this table
 * expects (never a 5xx), and a response valid against openapi.yaml. Files run in this order,
 * because the sessions files build on each other; a new file must be added here.
 */
class EventFilesTest {
    /** File -> expected statuses, in run order (a file listed twice runs twice). */
    private static final List<Map.Entry<String, Integer>> RUNS = List.of(
            Map.entry("get-payers.json", 200),
            Map.entry("get-payer-fees.json", 200),
            Map.entry("get-payer-fees-locality.json", 200),
            Map.entry("get-payer-fees-invalid.json", 400),
            Map.entry("get-payer-fees-unknown-payer.json", 404),
            Map.entry("get-localities.json", 200),
            Map.entry("get-localities-zip.json", 200),
            Map.entry("get-localities-unknown-zip.json", 404),
            Map.entry("get-facilities.json", 200),
            Map.entry("post-estimates.json", 200),
            Map.entry("post-estimates-base64.json", 200),
            Map.entry("post-estimates-compare-sites.json", 200),
            Map.entry("post-estimates-asc-rfa.json", 200),
            Map.entry("post-estimates-invalid-json.json", 400),
            Map.entry("post-estimates-invalid-fields.json", 400),
            Map.entry("post-estimates-unknown-payer.json", 404),
            Map.entry("post-estimates-zip-code.json", 200),
            Map.entry("post-estimates-facility.json", 200),
            Map.entry("post-estimates-unknown-zip-code.json", 400),
            Map.entry("post-public-estimates.json", 200),
            Map.entry("post-public-estimates-patient-id.json", 400),
            Map.entry("post-session.json", 201),
            Map.entry("post-session.json", 200), // the identical retry
            Map.entry("post-session-require-within-limit.json", 201),
            Map.entry("get-sessions.json", 200),
            Map.entry("get-sessions-region.json", 200),
            Map.entry("get-sessions-invalid.json", 400),
            Map.entry("patch-session.json", 200),
            Map.entry("patch-session-cancel.json", 200),
            Map.entry("patch-session-unknown.json", 404),
            Map.entry("post-forecasts.json", 200),
            Map.entry("post-forecasts-frequency-limit.json", 200),
            Map.entry("post-forecasts-invalid.json", 400));

    @Test
    void everyEventFileRunsOnItsHandlerWithTheExpectedStatus() throws IOException {
        ApiStack api = ApiStack.shared();
        OpenApiDocument spec = OpenApiDocument.load();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Events.DIR)) {
            list.filter(f -> f.toString().endsWith(".json")).forEach(f -> files.add(f.getFileName().toString()));
        }
        Set<String> listed = new TreeSet<>();
        RUNS.forEach(r -> listed.add(r.getKey()));
        assertThat(listed).as("every events/ file has an expected status here").isEqualTo(files);

        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> run : RUNS) {
            APIGatewayV2HTTPEvent event = Events.load(run.getKey());
            APIGatewayV2HTTPResponse response = api.invoke(event);
            String label = run.getKey() + " (" + event.getRouteKey() + ")";
            if (response.getStatusCode() != run.getValue()) {
                problems.add(label + ": expected " + run.getValue() + " but got " + response.getStatusCode() + " " + response.getBody());
            }
            spec.check(event.getRouteKey(), response.getStatusCode(), response.getHeaders().get("Content-Type"), response.getHeaders(),
                    response.getBody()).forEach(p -> problems.add(label + ": " + p));
            bodies.put(run.getKey(), OpenApiDocument.JSON.readTree(response.getBody()));
        }
        assertThat(problems).isEmpty();

        assertThat(bodies.get("post-estimates.json").at("/reimbursement/allowed").decimalValue()).isEqualByComparingTo("429.38");
        assertThat(bodies.get("post-estimates-base64.json")).as("a base64 body is decoded").isEqualTo(bodies.get("post-estimates.json"));
        assertThat(bodies.get("post-estimates-compare-sites.json").path("alternatives")).hasSize(2);
        assertThat(bodies.get("post-estimates-invalid-fields.json").path("errors").size()).as("every bad field named").isGreaterThanOrEqualTo(3);
        List<String> atRisk = new ArrayList<>();
        bodies.get("post-forecasts-frequency-limit.json").path("atRisk").forEach(r -> atRisk.add(r.path("appointmentId").asText()));
        assertThat(atRisk).containsExactlyInAnyOrder("visit-5", "visit-6");
        assertThat(bodies.get("patch-session-cancel.json").at("/session/status").asText()).isEqualTo("CANCELLED");
        assertThat(bodies.get("get-localities.json").path("localities")).hasSize(109);
        assertThat(bodies.get("get-localities-zip.json").at("/localities/0/id").asText()).isEqualTo("13202-01");
        assertThat(bodies.get("get-localities-unknown-zip.json").at("/errors/0/field").asText()).isEqualTo("zip");
        assertThat(bodies.get("get-facilities.json").path("facilities")).allMatch(f -> f.path("sample").asBoolean()).hasSize(2);
        assertThat(bodies.get("post-estimates-zip-code.json").at("/locality/from").asText()).isEqualTo("zipCode");
        assertThat(bodies.get("post-estimates-zip-code.json").at("/locality/id").asText()).isEqualTo("13202-01");
        assertThat(bodies.get("post-estimates-facility.json").at("/locality/from").asText()).isEqualTo("facility");
        assertThat(bodies.get("post-estimates-unknown-zip-code.json").at("/errors/0/field").asText()).isEqualTo("zipCode");
        assertThat(bodies.get("post-public-estimates.json").at("/claims/0/type").asText()).isEqualTo("PROFESSIONAL");
        assertThat(bodies.get("post-public-estimates-patient-id.json").at("/errors/0/field").asText()).isEqualTo("patientId");
    }
}
