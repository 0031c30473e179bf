package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.estimate.EstimateService;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.facetestimator.domain.estimate.SessionBookings;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.pricing.ClaimPricer;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.DynamoDbSessionLedger;
import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.HttpEvents;
import com.facetestimator.testing.SampleRequests;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.facetestimator.local.LocalApiServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Patient ids are PHI: a run of estimates, forecasts and session calls with known patient ids
 * (valid and invalid, through the local server and in-process, succeeding, refused and failing
 * on storage) leaves none of them, and none of the request bodies, in the access log. The
 * handlers are the container's services with an access log this test reads: no global stream
 * is swapped, so other tests may run beside it.
 */
class PatientIdLoggingTest {

    @Test
    void noPatientIdOrRequestBodyReachesTheLogs() throws Exception {
        ApiStack api = ApiStack.shared();
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> patients = List.of("PHI" + marker + "-alice", "PHI" + marker + "-bob", "PHI" + marker + "-carol");
        String invalidPatient = "PHI" + marker + " dave!"; // refused by validation: must not be echoed either
        List<String> bodies = new ArrayList<>();
        List<String> bodyMarkers = new ArrayList<>();

        List<String> captured = Collections.synchronizedList(new ArrayList<>());
        AccessLog log = new AccessLog(captured::add);
        LambdaContainer container = LambdaContainer.get();
        int requests = 0;
        try (LocalApiServer server = LocalApiServer.start(ApiStack.TEMPLATE, 0, className -> handler(className, container, log))) {
            Local local = new Local(server, HttpClient.newHttpClient());
            for (String patient : patients) {
                ObjectNode estimate = SampleRequests.workedExample();
                estimate.put("patientId", patient);
                estimate.put("compareSites", true);
                requests += send(local, "POST", "/estimates", estimate.toString(), bodies);

                String sessions = "/patients/" + patient + "/sessions";
                for (int i = 1; i <= 5; i++) {
                    String sessionId = "BODY" + marker + "-s" + i;
                    bodyMarkers.add(sessionId);
                    ObjectNode session = SampleRequests.session(sessionId, "2026-0" + i + "-04", "SCHEDULED");
                    session.put("requireWithinLimit", i == 5); // the fifth is refused: a 409 with the verdict
                    requests += send(local, "POST", sessions, session.toString(), bodies);
                }
                requests += send(local, "POST", sessions, SampleRequests.session("BODY" + marker + "-s1", "2026-02-02", "SCHEDULED").toString(), bodies);
                requests += send(local, "GET", sessions + "?asOf=2026-06-01", null, bodies);
                requests += send(local, "PATCH", sessions + "/BODY" + marker + "-s2", "{\"status\": \"CANCELLED\"}", bodies);
                requests += send(local, "PATCH", sessions + "/BODY" + marker + "-unknown", "{\"status\": \"PERFORMED\"}", bodies);
            }
            ObjectNode forecast = SampleRequests.forecast(
                    SampleRequests.forecastAppointment("BODY" + marker + "-a1", patients.get(0), "2026-07-06"),
                    SampleRequests.forecastAppointment("BODY" + marker + "-a2", patients.get(1), "2026-07-07"),
                    SampleRequests.forecastAppointment("BODY" + marker + "-a3", patients.get(2), "2026-07-08"));
            bodyMarkers.addAll(List.of("BODY" + marker + "-a1", "BODY" + marker + "-a2", "BODY" + marker + "-a3"));
            requests += send(local, "POST", "/forecasts", forecast.toString(), bodies);

            // Refused requests holding patient ids, in the body and in the path.
            ObjectNode bad = SampleRequests.workedExample();
            bad.put("patientId", invalidPatient);
            requests += send(local, "POST", "/estimates", bad.toString(), bodies);
            ObjectNode badForecast = SampleRequests.forecast(SampleRequests.forecastAppointment("BODY" + marker + "-a9", invalidPatient, "2026-02-30"));
            requests += send(local, "POST", "/forecasts", badForecast.toString(), bodies);
            requests += send(local, "GET", "/patients/" + invalidPatient.replace(" ", "%20") + "/sessions?asOf=2026-13-01", null, bodies);
            requests += send(local, "POST", "/patients/" + patients.get(0) + "/sessions", "{\"sessionId\": \"" + patients.get(0) + "\"", bodies);

            // In-process, with storage failing: the unexpected-failure line must not carry the id either.
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            var dead = DynamoDbClients.create("http://127.0.0.1:" + closedPort, List.of());
            var deadLedger = new DynamoDbSessionLedger(dead, "sessions");
            var sessionsHandler = new SessionsHandler(new SessionBookings(container.payers(), com.facetestimator.rules.RuleFiles.bundled().coding(), deadLedger,
                    com.facetestimator.rules.RuleFiles.bundled().frequency(), Clock.systemUTC()), log);
            var deadEstimates = new EstimateService(container.payers(), deadLedger, com.facetestimator.rules.RuleFiles.bundled().coding(), com.facetestimator.rules.RuleFiles.bundled().frequency(),
                    new ClaimPricer(container.feeSchedules()));
            var estimatesHandler = new EstimatesHandler(deadEstimates, new RevenueForecast(deadEstimates, deadLedger, com.facetestimator.rules.RuleFiles.bundled().coding()), log);
            String sessionBody = SampleRequests.session("BODY" + marker + "-s9", "2026-03-02", "PERFORMED").toString();
            ObjectNode estimate = SampleRequests.workedExample();
            estimate.put("patientId", patients.get(2));
            APIGatewayV2HTTPResponse down = sessionsHandler.handleRequest(
                    HttpEvents.event("POST /patients/{patientId}/sessions", Map.of("patientId", patients.get(2)), null, sessionBody), null);
            assertThat(down.getStatusCode()).isEqualTo(503);
            APIGatewayV2HTTPResponse estimateDown = estimatesHandler.handleRequest(HttpEvents.event("POST /estimates", null, null, estimate.toString()), null);
            assertThat(estimateDown.getStatusCode()).isEqualTo(503);
            bodies.add(sessionBody);
            bodies.add(estimate.toString());
            requests += 2;
        }

        String logs = String.join("\n", captured);
        // The capture worked: one access-log line per request, by route template.
        assertThat(logs.lines().filter(l -> l.contains("\"msg\":\"request\"")).count()).isGreaterThanOrEqualTo(requests);
        assertThat(logs).contains("\"route\":\"POST /patients/{patientId}/sessions\"").contains("\"route\":\"POST /forecasts\"")
                .contains("\"status\":409").contains("\"status\":503").contains("\"msg\":\"storage unavailable\"");

        assertThat(logs).as("no part of a patient id").doesNotContain(marker);
        for (String patient : patients) {
            assertThat(logs).doesNotContain(patient);
        }
        assertThat(logs).doesNotContain(invalidPatient);
        for (String value : bodyMarkers) {
            assertThat(logs).as("values of request bodies").doesNotContain(value);
        }
        for (String body : bodies) {
            assertThat(logs).doesNotContain(body);
        }
        assertThat(logs).doesNotContain("\"levels\"").doesNotContain("L4-L5").doesNotContain("dateOfService");
    }

    /** The handler of each class the template names, on the container's services, logging to {@code log}. */
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String className, LambdaContainer c, AccessLog log) {
        return switch (className.substring(className.lastIndexOf('.') + 1)) {
            case "EstimatesHandler" -> new EstimatesHandler(c.estimates(), c.forecasts(), log);
            case "PublicEstimatesHandler" -> new PublicEstimatesHandler(c.estimates(), log);
            case "SessionsHandler" -> new SessionsHandler(c.sessionBookings(), log);
            case "PayersHandler" -> new PayersHandler(c.payers(), c.feeSchedules(), log);
            default -> throw new IllegalArgumentException("template.yaml names a handler this test does not build: " + className);
        };
    }

    /** The test's own local server, in front of handlers that log to the test. */
    private record Local(LocalApiServer server, HttpClient http) {
        HttpResponse<String> send(String method, String target, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Sends one request through the local server; the response must not echo a patient id either. */
    private static int send(Local api, String method, String target, String body, List<String> bodies) throws Exception {
        var response = api.send(method, target, body);
        assertThat(response.statusCode()).as(method + " " + target).isLessThan(500);
        assertThat(response.body()).as("response of " + method + " " + target).doesNotContain("PHI");
        if (body != null) {
            bodies.add(body);
        }
        return 1;
    }
}
