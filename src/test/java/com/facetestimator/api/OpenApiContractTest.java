package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.store.DynamoDbFeeSchedules;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.Events;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import com.facetestimator.testing.HttpEvents;
import com.facetestimator.testing.OpenApiDocument;
import com.facetestimator.testing.SampleRequests;
import com.facetestimator.testing.Payers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml against the code: the same routes as template.yaml, a well-formed document, and
 * real responses (local server, emulator, reference data) valid against the schema documented
 * for their status, for success and error cases of every route.
 */
class OpenApiContractTest {
    private static OpenApiDocument spec;
    private static ApiStack api;

    /** Route key -> statuses seen, for the coverage check. */
    private final Map<String, Set<Integer>> seen = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start() {
        spec = OpenApiDocument.load();
        api = ApiStack.shared();
    }

    @Test
    void documentIsOpenApi31WithResolvableWellFormedSchemas() {
        JsonNode root = spec.root();
        assertThat(root.path("openapi").asText()).startsWith("3.1.");
        assertThat(root.path("jsonSchemaDialect").asText()).isEqualTo("https://spec.openapis.org/oas/3.1/dialect/base");
        List<String> found = new ArrayList<>(spec.schemaProblems());
        for (String routeKey : spec.routeKeys()) {
            JsonNode op = spec.operation(routeKey);
            assertThat(op.path("operationId").asText()).as(routeKey + " operationId").isNotEmpty();
            // Every {param} of the path is declared, at path-item or operation level.
            String path = routeKey.substring(routeKey.indexOf(' ') + 1);
            Set<String> declared = new TreeSet<>();
            List<JsonNode> params = new ArrayList<>();
            root.path("paths").path(path).path("parameters").forEach(params::add);
            op.path("parameters").forEach(params::add);
            for (JsonNode p : params) {
                JsonNode param = spec.deref(p);
                if ("path".equals(param.path("in").asText())) {
                    assertThat(param.path("required").asBoolean()).as(routeKey + " " + param.path("name")).isTrue();
                    declared.add(param.path("name").asText());
                }
            }
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
            Set<String> inPath = new TreeSet<>();
            while (m.find()) {
                inPath.add(m.group(1));
            }
            assertThat(declared).as(routeKey + " path parameters").isEqualTo(inPath);
            // Storage trouble can happen on every route: 503 with Retry-After is documented everywhere.
            JsonNode unavailable = spec.response(routeKey, 503);
            assertThat(unavailable).as(routeKey + " documents 503").isNotNull();
            assertThat(unavailable.path("headers").has("Retry-After")).as(routeKey + " 503 Retry-After").isTrue();
            assertThat(unavailable.path("content").has("application/problem+json")).isTrue();
            // Every documented status other than 2xx is a problem.
            op.path("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("2")) {
                    assertThat(spec.deref(r.getValue()).path("content").has("application/problem+json"))
                            .as(routeKey + " " + r.getKey() + " is problem+json").isTrue();
                }
            });
            if (op.has("requestBody")) {
                assertThat(op.path("requestBody").path("content").has("application/json")).isTrue();
                assertThat(spec.response(routeKey, 413)).as(routeKey + " documents 413").isNotNull();
            }
        }
        JsonNode schemes = root.path("components").path("securitySchemes");
        assertThat(schemes.path("awsIamSigV4").path("x-amazon-apigateway-authtype").asText()).isEqualTo("awsSigv4");
        assertThat(root.path("security").get(0).has("awsIamSigV4")).as("IAM applies to every route").isTrue();
        assertThat(found).isEmpty();
    }

    @Test
    void requestSchemasAcceptTheCommittedEventsAndRefuseUnknownMembers() throws IOException {
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(Events.DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                var event = Events.load(file.getFileName().toString());
                String schema = spec.requestSchemaPointer(event.getRouteKey(), "application/json");
                String mediaType = event.getHeaders() == null ? null : event.getHeaders().get("content-type");
                boolean json = mediaType == null || mediaType.startsWith("application/json");
                if (event.getBody() == null || schema == null || !json || file.getFileName().toString().contains("invalid")) {
                    continue; // a CSV forecast's schema is a string: its rows are ForecastCsvTest's to check
                }
                String text = event.getIsBase64Encoded()
                        ? new String(java.util.Base64.getDecoder().decode(event.getBody()), java.nio.charset.StandardCharsets.UTF_8)
                        : event.getBody();
                JsonNode body = OpenApiDocument.JSON.readTree(text);
                spec.validateRequest(schema, body).forEach(e -> errors.add(file.getFileName() + ": " + e));
            }
        }
        assertThat(errors).isEmpty();

        String estimateRequest = "/components/schemas/EstimateRequest";
        ObjectNode misspelt = SampleRequests.workedExample();
        misspelt.put("comparesites", true);
        assertThat(spec.validateRequest(estimateRequest, misspelt)).anyMatch(e -> e.contains("comparesites"));
        ObjectNode badDate = SampleRequests.workedExample();
        badDate.put("dateOfService", "2026-02-30");
        assertThat(spec.validateRequest(estimateRequest, badDate)).anyMatch(e -> e.contains("dateOfService"));
        assertThat(spec.validateRequest(estimateRequest, SampleRequests.workedExample())).isEmpty();
    }

    @Test
    void realResponsesOfEveryRouteMatchTheDocumentedSchemas() throws Exception {
        String patient = ApiStack.newPatientId("contract");
        String estimate = SampleRequests.workedExample().toString();

        // POST /estimates
        exchange("POST", "/estimates", estimate, 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "compareSites", true), 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "siteOfService", "ASC"), 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "siteOfService", "HOPD"), 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "dateOfService", "2027-06-01"), 200); // no fees loaded
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "locality", "01182-18"), 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "zipCode", "10016"), 200);
        exchange("POST", "/estimates", with(with2(SampleRequests.workedExample(), "siteOfService", "ASC"), "facilityId", "sample-asc-manhattan"), 200);
        exchange("POST", "/estimates", with(with2(SampleRequests.workedExample(), "siteOfService", "HOPD"), "cbsa", "31084"), 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "zipCode", "00000"), 400);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "payerId", Payers.COMMERCIAL), 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "payerId", Payers.COMMERCIAL_RT_LT), 200);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "payerId", Payers.SELF_PAY), 200);
        exchange("POST", "/estimates", with(with2(SampleRequests.workedExample(), "payerId", Payers.SELF_PAY), "siteOfService", "ASC"), 200);
        ObjectNode rfa = SampleRequests.workedExample();
        rfa.put("procedure", "RFA");
        rfa.remove("purpose");
        exchange("POST", "/estimates", with(rfa, "patientId", patient), 200);
        ObjectNode cervical = SampleRequests.workedExample();
        cervical.putArray("levels").add("C5-C6").add("C6-C7").add("C7-T1");
        cervical.put("guidance", "ULTRASOUND");
        cervical.put("laterality", "LEFT");
        exchange("POST", "/estimates", cervical.toString(), 200);
        exchange("POST", "/estimates", "{\"payerId\": ", 400);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "siteOfService", "office"), 400);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "dateOfService", "2026-02-30"), 400);
        exchange("POST", "/estimates", with(SampleRequests.workedExample(), "payerId", "no-such-payer"), 404);
        exchange("POST", "/estimates", "{\"pad\": \"" + "x".repeat(HttpApiHandler.MAX_BODY_BYTES) + "\"}", 413);

        // POST /public/estimates: the patient page's
        exchange("POST", "/public/estimates", with(SampleRequests.workedExample(), "compareSites", true), 200);
        exchange("POST", "/public/estimates", with(SampleRequests.workedExample(), "siteOfService", "ASC"), 200);
        exchange("POST", "/public/estimates", with(SampleRequests.workedExample(), "patientId", patient), 400);

        // POST /forecasts
        exchange("POST", "/forecasts", SampleRequests.forecast(
                SampleRequests.forecastAppointment("a1", patient, "2026-03-02"),
                SampleRequests.forecastAppointment("a2", null, "2026-04-06")).toString(), 200);
        exchange("POST", "/forecasts", SampleRequests.forecast(
                with2(SampleRequests.forecastAppointment("a1", null, "2026-03-02"), "payerId", "no-such-payer")).toString(), 400);
        exchange("POST", "/forecasts", "{\"appointments\": []}", 400);

        // Sessions
        String sessions = "/patients/" + patient + "/sessions";
        exchange("GET", sessions, null, 200);
        for (int i = 1; i <= 4; i++) {
            exchange("POST", sessions, SampleRequests.session("s" + i, "2026-0" + i + "-05", "SCHEDULED").toString(), 201);
        }
        exchange("POST", sessions, SampleRequests.session("s1", "2026-01-05", "SCHEDULED").toString(), 200);
        exchange("POST", sessions, SampleRequests.session("s1", "2026-01-06", "SCHEDULED").toString(), 409);
        exchange("POST", sessions, with(SampleRequests.session("s5", "2026-05-05", "SCHEDULED"), "requireWithinLimit", true), 409);
        exchange("POST", sessions, SampleRequests.session("s5", "2026-05-05", "SCHEDULED").toString(), 201); // exceeded, recorded
        exchange("POST", sessions, with(SampleRequests.session("s6", "2026-05-05", "SCHEDULED"), "payerId", Payers.COMMERCIAL), 201);
        exchange("POST", sessions, with(SampleRequests.session("s7", "2026-05-05", "SCHEDULED"), "status", "CANCELLED"), 400);
        exchange("POST", sessions, "[]", 400);
        exchange("GET", sessions + "?asOf=2026-06-01", null, 200);
        exchange("GET", sessions + "?region=LUMBAR_SACRAL&asOf=2026-06-01", null, 200);
        exchange("GET", sessions + "?asOf=2026-13-01", null, 400);
        exchange("GET", "/patients/" + "p".repeat(65) + "/sessions", null, 400);
        exchange("PATCH", sessions + "/s2", "{\"status\": \"CANCELLED\"}", 200);
        exchange("PATCH", sessions + "/s3", "{\"status\": \"PERFORMED\"}", 200);
        exchange("PATCH", sessions + "/no-such-session", "{\"status\": \"PERFORMED\"}", 404);
        exchange("PATCH", sessions + "/s3", "{\"status\": \"DONE\"}", 400);
        exchange("PATCH", sessions + "/s3", "{\"status\": \"" + "x".repeat(HttpApiHandler.MAX_BODY_BYTES) + "\"}", 413);

        // Payers and fees
        exchange("GET", "/payers", null, 200);
        exchange("GET", "/payers/medicare/fees?site=OFFICE&date=2026-03-02", null, 200);
        exchange("GET", "/payers/medicare/fees?site=HOPD&date=2025-06-02&locality=01182-18", null, 200);
        exchange("GET", "/payers/" + Payers.COMMERCIAL + "/fees?site=ASC&date=2026-03-02", null, 200);
        exchange("GET", "/payers/" + Payers.SELF_PAY + "/fees?site=OFFICE&date=2026-03-02", null, 200);
        exchange("GET", "/payers/medicare/fees?date=2026-03-02", null, 400);
        exchange("GET", "/payers/medicare/fees?site=OFFICE&date=2026-02-30", null, 400);
        exchange("GET", "/payers/no-such-payer/fees?site=OFFICE&date=2026-03-02", null, 404);
        exchange("GET", "/payers/medicare/fees?site=OFFICE&date=2026-03-02&locality=01112-98", null, 400);

        // Localities and facilities
        exchange("GET", "/localities", null, 200);
        exchange("GET", "/localities?zip=10016", null, 200);
        exchange("GET", "/localities?zip=00000", null, 404);
        exchange("GET", "/localities?zip=1001", null, 400);
        exchange("GET", "/facilities", null, 200);
        exchange("GET", "/facilities?site=ASC", null, 400);

        // No route: not an operation of the document, but still a problem.
        HttpResponse<String> none = api.send("GET", "/nowhere", null);
        assertThat(none.statusCode()).isEqualTo(404);
        problems.addAll(spec.validateResponse("/components/schemas/Problem", OpenApiDocument.JSON.readTree(none.body()))
                .stream().map(e -> "GET /nowhere: " + e).toList());

        assertThat(problems).isEmpty();
        for (String routeKey : spec.routeKeys()) {
            Set<Integer> statuses = seen.getOrDefault(routeKey, Set.of());
            assertThat(statuses).as(routeKey + " exercised with a success").anyMatch(s -> s < 300);
            if (!routeKey.equals("GET /payers")) {
                assertThat(statuses).as(routeKey + " exercised with an error").anyMatch(s -> s >= 400);
            }
        }
    }

    @Test
    void storageOutageIsA503WithRetryAfterAsDocumented() throws Exception {
        var dead = DynamoDbTestEndpoint.unreachableClient();
        var payers = new DynamoDbPayerDirectory(dead, "fees", Duration.ofMinutes(5));
        var handler = new PayersHandler(payers, new DynamoDbFeeSchedules(dead, "fees", payers, Duration.ofMinutes(5)));
        for (var event : List.of(
                HttpEvents.event("GET /payers", null, null, null),
                HttpEvents.event("GET /payers/{payerId}/fees", Map.of("payerId", "medicare"), Map.of("site", "OFFICE", "date", "2026-03-02"), null))) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertThat(response.getStatusCode()).isEqualTo(503);
            assertThat(spec.check(event.getRouteKey(), 503, response.getHeaders().get("Content-Type"), response.getHeaders(), response.getBody()))
                    .isEmpty();
            assertThat(Integer.parseInt(response.getHeaders().get("Retry-After"))).isPositive();
        }
    }

    private void exchange(String method, String pathAndQuery, String body, int expectedStatus) {
        HttpResponse<String> response = api.send(method, pathAndQuery, body);
        String rawPath = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String routeKey = spec.routeKeyFor(method, rawPath);
        assertThat(routeKey).as(method + " " + rawPath + " is a documented route").isNotNull();
        String label = method + " " + abbreviate(pathAndQuery) + " " + abbreviate(body);
        if (response.statusCode() != expectedStatus) {
            problems.add(label + ": expected " + expectedStatus + " but got " + response.statusCode() + " " + abbreviate(response.body()));
        }
        seen.computeIfAbsent(routeKey, k -> new TreeSet<>()).add(response.statusCode());
        spec.checkExchange(method, pathAndQuery, response).forEach(p -> problems.add(label + ": " + p));
    }

    private static String with(ObjectNode body, String field, Object value) {
        return with2(body, field, value).toString();
    }

    private static ObjectNode with2(ObjectNode body, String field, Object value) {
        body.set(field, OpenApiDocument.JSON.valueToTree(value));
        return body;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
