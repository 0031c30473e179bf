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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Patient ids are PHI: a run of estimates, forecasts and session calls with known patient ids
 * (valid and invalid, through the local server and in-process, succeeding, refused and failing
 * on storage) leaves none of them, and none of the request bodies, in the access log or on
 * standard output and error.
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

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream out = System.out;
        PrintStream err = System.err;
        int requests = 0;
        AccessLog.redirect(capture);
        System.setOut(capture);
        System.setErr(capture);
        try {
            for (String patient : patients) {
                ObjectNode estimate = SampleRequests.workedExample();
                estimate.put("patientId", patient);
                estimate.put("compareSites", true);
                requests += send(api, "POST", "/estimates", estimate.toString(), bodies);

                String sessions = "/patients/" + patient + "/sessions";
                for (int i = 1; i <= 5; i++) {
                    String sessionId = "BODY" + marker + "-s" + i;
                    bodyMarkers.add(sessionId);
                    ObjectNode session = SampleRequests.session(sessionId, "2026-0" + i + "-04", "SCHEDULED");
                    session.put("requireWithinLimit", i == 5); // the fifth is refused: a 409 with the verdict
                    requests += send(api, "POST", sessions, session.toString(), bodies);
                }
                requests += send(api, "POST", sessions, SampleRequests.session("BODY" + marker + "-s1", "2026-02-02", "SCHEDULED").toString(), bodies);
                requests += send(api, "GET", sessions + "?asOf=2026-06-01", null, bodies);
                requests += send(api, "PATCH", sessions + "/BODY" + marker + "-s2", "{\"status\": \"CANCELLED\"}", bodies);
                requests += send(api, "PATCH", sessions + "/BODY" + marker + "-unknown", "{\"status\": \"PERFORMED\"}", bodies);
            }
            ObjectNode forecast = SampleRequests.forecast(
                    SampleRequests.forecastAppointment("BODY" + marker + "-a1", patients.get(0), "2026-07-06"),
                    SampleRequests.forecastAppointment("BODY" + marker + "-a2", patients.get(1), "2026-07-07"),
                    SampleRequests.forecastAppointment("BODY" + marker + "-a3", patients.get(2), "2026-07-08"));
            bodyMarkers.addAll(List.of("BODY" + marker + "-a1", "BODY" + marker + "-a2", "BODY" + marker + "-a3"));
            requests += send(api, "POST", "/forecasts", forecast.toString(), bodies);

            // Refused requests holding patient ids, in the body and in the path.
            ObjectNode bad = SampleRequests.workedExample();
            bad.put("patientId", invalidPatient);
            requests += send(api, "POST", "/estimates", bad.toString(), bodies);
            ObjectNode badForecast = SampleRequests.forecast(SampleRequests.forecastAppointment("BODY" + marker + "-a9", invalidPatient, "2026-02-30"));
            requests += send(api, "POST", "/forecasts", badForecast.toString(), bodies);
            requests += send(api, "GET", "/patients/" + invalidPatient.replace(" ", "%20") + "/sessions?asOf=2026-13-01", null, bodies);
            requests += send(api, "POST", "/patients/" + patients.get(0) + "/sessions", "{\"sessionId\": \"" + patients.get(0) + "\"", bodies);

            // In-process, with storage failing: the unexpected-failure line must not carry the id either.
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            var dead = DynamoDbClients.create("http://127.0.0.1:" + closedPort, List.of());
            var container = com.facetestimator.api.LambdaContainer.get();
            var deadLedger = new DynamoDbSessionLedger(dead, "sessions");
            var sessionsHandler = new SessionsHandler(new SessionBookings(container.payers(), com.facetestimator.rules.RuleFiles.bundled().coding(), deadLedger,
                    com.facetestimator.rules.RuleFiles.bundled().frequency(), Clock.systemUTC()));
            var deadEstimates = new EstimateService(container.payers(), deadLedger, com.facetestimator.rules.RuleFiles.bundled().coding(), com.facetestimator.rules.RuleFiles.bundled().frequency(),
                    new ClaimPricer(container.feeSchedules()));
            var estimatesHandler = new EstimatesHandler(deadEstimates, new RevenueForecast(deadEstimates, deadLedger, com.facetestimator.rules.RuleFiles.bundled().coding()));
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
        } finally {
            AccessLog.redirect(out);
            System.setOut(out);
            System.setErr(err);
        }

        String logs = captured.toString(StandardCharsets.UTF_8);
        // The capture worked: one access-log line per request, by route template.
        assertThat(logs.lines().filter(l -> l.contains("\"msg\":\"request\"")).count()).isGreaterThanOrEqualTo(requests);
        assertThat(logs).contains("\"route\":\"POST /patients/{patientId}/sessions\"").contains("\"route\":\"POST /forecasts\"")
                .contains("\"status\":409").contains("\"status\":503").contains("\"msg\":\"unhandled\"");

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

    /** Sends one request through the local server; the response must not echo a patient id either. */
    private static int send(ApiStack api, String method, String target, String body, List<String> bodies) {
        var response = api.send(method, target, body);
        assertThat(response.statusCode()).as(method + " " + target).isLessThan(500);
        assertThat(response.body()).as("response of " + method + " " + target).doesNotContain("PHI");
        if (body != null) {
            bodies.add(body);
        }
        return 1;
    }
}
