package com.facetestimator.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link JacksonNotLoadedTest}: sends the requests named on the command
 * line through the handlers Lambda runs (no-argument constructors, so the real container) and
 * prints a marker line before and after each, so the JVM's class-loading log can be split by
 * request. Bodies are literal strings: nothing here may load a databind class itself.
 * The container's endpoint and tables come from the system properties the test sets.
 */
public final class RequestPathProbe {
    static final String BEGIN = "PROBE-BEGIN ";
    static final String END = "PROBE-END ";

    private static final String APPOINTMENT = "\"payerId\":\"medicare\",\"siteOfService\":\"OFFICE\",\"dateOfService\":\"%s\","
            + "\"procedure\":\"INJECTION\",\"purpose\":\"THERAPEUTIC\",\"levels\":[\"L4-L5\",\"L5-S1\"],"
            + "\"laterality\":\"BILATERAL\",\"guidance\":\"FLUOROSCOPY\"";

    private static final String CSV_FORECAST = "appointmentId,patientId,payerId,siteOfService,dateOfService,procedure,purpose,levels,"
            + "laterality,guidance,deductibleRemaining,abnOnFile\r\n"
            + "a1,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,0,false\r\n"
            + "a2,probe-csv,medicare,ASC,2026-04-06,RFA,,\"L4-L5;L5-S1\",LEFT,FLUOROSCOPY,,TRUE\r\n";

    private RequestPathProbe() {}

    public static void main(String[] args) {
        EstimatesHandler estimates = null;
        SessionsHandler sessions = null;
        for (String scenario : args) {
            System.out.println(BEGIN + scenario);
            System.out.flush();
            int status;
            switch (scenario) {
                case "estimate" -> status = send(estimates = estimates != null ? estimates : new EstimatesHandler(),
                        "POST /estimates", Map.of(), "{" + String.format(APPOINTMENT, "2026-03-02") + ",\"coverage\":{\"deductibleRemaining\":0}}");
                case "forecast" -> status = send(estimates = estimates != null ? estimates : new EstimatesHandler(),
                        "POST /forecasts", Map.of(), "{\"appointments\":[{\"appointmentId\":\"a1\"," + String.format(APPOINTMENT, "2026-03-02")
                                + "},{\"appointmentId\":\"a2\",\"patientId\":\"probe-forecast\"," + String.format(APPOINTMENT, "2026-04-06") + "}]}");
                case "forecast-csv" -> status = respond(estimates = estimates != null ? estimates : new EstimatesHandler(),
                        "POST /forecasts", Map.of(), CSV_FORECAST, Map.of("content-type", "text/csv", "accept", "text/csv")).getStatusCode();
                case "forecast-csv-invalid" -> status = respond(estimates = estimates != null ? estimates : new EstimatesHandler(),
                        "POST /forecasts", Map.of(), CSV_FORECAST.replace("L4-L5;L5-S1", "L4-L5;L5-S1;") + "a3,,medicare,MOON\r\n",
                        Map.of("content-type", "text/csv")).getStatusCode();
                case "bad-request" -> status = send(estimates = estimates != null ? estimates : new EstimatesHandler(),
                        "POST /estimates", Map.of(), "{\"payerId\":\"medicare\",\"levels\":[\"L4-L5\\u0000\"],\"coverage\":{\"copay\":-1}}");
                case "not-found" -> status = send(estimates = estimates != null ? estimates : new EstimatesHandler(),
                        "POST /estimates", Map.of(), "{" + String.format(APPOINTMENT, "2026-03-02").replace("medicare", "no-such-payer") + "}");
                case "limit-exceeded" -> status = limitExceeded(sessions = sessions != null ? sessions : new SessionsHandler());
                case "storage-unavailable" -> status = send(estimates = estimates != null ? estimates : new EstimatesHandler(),
                        "POST /estimates", Map.of(), "{\"patientId\":\"probe-outage\"," + String.format(APPOINTMENT, "2026-03-02") + "}");
                case "control" -> {
                    // Proves the log would show databind: the tools' ObjectMapper, built on purpose.
                    status = com.facetestimator.tools.Json.MAPPER.createObjectNode().size();
                }
                default -> throw new IllegalArgumentException("unknown scenario " + scenario);
            }
            System.out.println(END + scenario + " " + status);
            System.out.flush();
        }
        System.exit(0); // the SDK's client may hold non-daemon threads
    }

    /** Records monthly sessions for one patient until the limit refuses one; 409 only for limit-exceeded. */
    private static int limitExceeded(SessionsHandler sessions) {
        String patient = "probe-" + Long.toHexString(System.nanoTime());
        for (int month = 1; month <= 12; month++) {
            String body = "{\"sessionId\":\"s" + month + "\",\"status\":\"SCHEDULED\",\"requireWithinLimit\":true,"
                    + String.format(APPOINTMENT, String.format("2026-%02d-05", month)) + "}";
            APIGatewayV2HTTPResponse response = respond(sessions, SessionsHandler.POST, Map.of("patientId", patient), body);
            if (response.getStatusCode() != 201) {
                return response.getBody().contains("/problems/limit-exceeded") ? response.getStatusCode() : -response.getStatusCode();
            }
        }
        return 0;
    }

    private static int send(HttpApiHandler handler, String routeKey, Map<String, String> path, String body) {
        return respond(handler, routeKey, path, body).getStatusCode();
    }

    private static APIGatewayV2HTTPResponse respond(HttpApiHandler handler, String routeKey, Map<String, String> path, String body) {
        return respond(handler, routeKey, path, body, Map.of("content-type", "application/json"));
    }

    private static APIGatewayV2HTTPResponse respond(HttpApiHandler handler, String routeKey, Map<String, String> path, String body,
                                                    Map<String, String> headers) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey(routeKey)
                .withPathParameters(path)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
        return handler.handleRequest(event, null);
    }
}
