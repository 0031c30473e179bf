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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each committed events/ file, loaded with aws-lambda-java-tests as `sam local invoke -e` would
 * feed it, invoked on the handler template.yaml names for its route: the status this table
 * expects (never a 5xx), and a response valid against openapi.yaml.
 *
 * <p>Each run has patients of its own (the files' {@code demo-patient-N} get fresh ids), and a
 * file that needs a session to exist says which files run first on the same patients. So no run
 * depends on another or on other tests, and the runs go in a random order (the seed is in the
 * failure message). A new file must be added here.
 */
class EventFilesTest {
    /** A file, the status it must answer, and the files run first on the same patients. */
    private record Run(String file, int status, List<String> given) {
        Run(String file, int status) {
            this(file, status, List.of());
        }

        String label() {
            return file + (given.isEmpty() ? "" : " after " + String.join(", ", given));
        }
    }

    private static final String RECORDED = "post-session.json";

    private static final List<Run> RUNS = List.of(
            new Run("get-payers.json", 200),
            new Run("get-payer-fees.json", 200),
            new Run("get-payer-fees-locality.json", 200),
            new Run("get-payer-fees-invalid.json", 400),
            new Run("get-payer-fees-unknown-payer.json", 404),
            new Run("get-localities.json", 200),
            new Run("get-localities-zip.json", 200),
            new Run("get-localities-unknown-zip.json", 404),
            new Run("get-facilities.json", 200),
            new Run("post-estimates.json", 200),
            new Run("post-estimates-base64.json", 200),
            new Run("post-estimates-compare-sites.json", 200),
            new Run("post-estimates-asc-rfa.json", 200),
            new Run("post-estimates-next-year-provisional.json", 200),
            new Run("post-estimates-invalid-json.json", 400),
            new Run("post-estimates-invalid-fields.json", 400),
            new Run("post-estimates-unknown-payer.json", 404),
            new Run("post-estimates-zip-code.json", 200),
            new Run("post-estimates-facility.json", 200),
            new Run("post-estimates-unknown-zip-code.json", 400),
            new Run("post-public-estimates.json", 200),
            new Run("post-public-estimates-patient-id.json", 400),
            new Run(RECORDED, 201),
            new Run(RECORDED, 200, List.of(RECORDED)), // the identical retry
            new Run("post-session-require-within-limit.json", 201),
            new Run("get-sessions.json", 200, List.of(RECORDED)),
            new Run("get-sessions-region.json", 200, List.of(RECORDED)),
            new Run("get-sessions-invalid.json", 400),
            new Run("patch-session.json", 200, List.of(RECORDED)),
            new Run("patch-session-cancel.json", 200, List.of(RECORDED)),
            new Run("patch-session-unknown.json", 404, List.of(RECORDED)),
            new Run("post-forecasts.json", 200),
            new Run("post-forecasts-frequency-limit.json", 200),
            new Run("post-forecasts-invalid.json", 400),
            new Run("post-forecasts-csv.json", 200),
            new Run("post-forecasts-csv-invalid.json", 400));

    @Test
    void everyEventFileRunsOnItsHandlerWithTheExpectedStatus() throws IOException {
        ApiStack api = ApiStack.shared();
        OpenApiDocument spec = OpenApiDocument.load();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Events.DIR)) {
            list.filter(f -> f.toString().endsWith(".json")).forEach(f -> files.add(f.getFileName().toString()));
        }
        Set<String> listed = new TreeSet<>();
        RUNS.forEach(r -> listed.add(r.file()));
        assertThat(listed).as("every events/ file has an expected status here").isEqualTo(files);

        long seed = System.nanoTime();
        List<Run> order = new ArrayList<>(RUNS);
        Collections.shuffle(order, new Random(seed));
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (Run run : order) {
            Events.FreshPatients patients = new Events.FreshPatients("events");
            for (String given : run.given()) {
                APIGatewayV2HTTPResponse before = api.invoke(patients.apply(Events.load(given)));
                if (before.getStatusCode() >= 300) {
                    problems.add(run.label() + ": setting up with " + given + " answered " + before.getStatusCode());
                }
            }
            APIGatewayV2HTTPEvent event = patients.apply(Events.load(run.file()));
            APIGatewayV2HTTPResponse response = api.invoke(event);
            String label = run.label() + " (" + event.getRouteKey() + ")";
            if (response.getStatusCode() != run.status()) {
                problems.add(label + ": expected " + run.status() + " but got " + response.getStatusCode() + " " + response.getBody());
            }
            spec.check(event.getRouteKey(), response.getStatusCode(), response.getHeaders().get("Content-Type"), response.getHeaders(),
                    response.getBody()).forEach(p -> problems.add(label + ": " + p));
            bodies.put(run.label(), OpenApiDocument.JSON.readTree(response.getBody()));
        }
        assertThat(problems).as("runs in the order of seed " + seed).isEmpty();

        assertThat(bodies.get("post-estimates.json").at("/reimbursement/allowed").decimalValue()).isEqualByComparingTo("429.38");
        assertThat(bodies.get("post-estimates-base64.json")).as("a base64 body is decoded").isEqualTo(bodies.get("post-estimates.json"));
        assertThat(bodies.get("post-estimates-compare-sites.json").path("alternatives")).hasSize(2);
        assertThat(bodies.get("post-estimates-invalid-fields.json").path("errors").size()).as("every bad field named").isGreaterThanOrEqualTo(3);
        List<String> atRisk = new ArrayList<>();
        bodies.get("post-forecasts-frequency-limit.json").path("atRisk").forEach(r -> atRisk.add(r.path("appointmentId").asText()));
        assertThat(atRisk).containsExactlyInAnyOrder("visit-5", "visit-6");
        assertThat(bodies.get("post-forecasts-csv.json").path("count").asInt()).as("a CSV file's rows").isEqualTo(3);
        assertThat(bodies.get("post-forecasts-csv-invalid.json").at("/errors/0/field").asText()).isEqualTo("line 1: copayment");
        assertThat(bodies.get("get-sessions.json after " + RECORDED).path("sessions")).as("the recorded session is listed").hasSize(1);
        assertThat(bodies.get("patch-session-cancel.json after " + RECORDED).at("/session/status").asText()).isEqualTo("CANCELLED");
        assertThat(bodies.get("post-public-estimates.json").at("/claims/0/type").asText()).isEqualTo("PROFESSIONAL");
        assertThat(bodies.get("post-public-estimates-patient-id.json").at("/errors/0/field").asText()).isEqualTo("patientId");
        assertThat(bodies.get("get-localities.json").path("localities")).hasSize(109);
        assertThat(bodies.get("get-localities-zip.json").at("/localities/0/id").asText()).isEqualTo("13202-01");
        assertThat(bodies.get("get-localities-unknown-zip.json").at("/errors/0/field").asText()).isEqualTo("zip");
        assertThat(bodies.get("get-facilities.json").path("facilities")).allMatch(f -> f.path("sample").asBoolean()).hasSize(2);
        assertThat(bodies.get("post-estimates-zip-code.json").at("/locality/from").asText()).isEqualTo("zipCode");
        assertThat(bodies.get("post-estimates-zip-code.json").at("/locality/id").asText()).isEqualTo("13202-01");
        assertThat(bodies.get("post-estimates-facility.json").at("/locality/from").asText()).isEqualTo("facility");
        assertThat(bodies.get("post-estimates-unknown-zip-code.json").at("/errors/0/field").asText()).isEqualTo("zipCode");
    }
}
