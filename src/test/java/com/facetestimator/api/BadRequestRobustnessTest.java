package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.BadRequestGenerator;
import com.facetestimator.testing.BadRequestGenerator.BadRequest;
import com.facetestimator.testing.HttpEvents;
import com.facetestimator.testing.OpenApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of requests no client should send, generated from a fixed seed: none may be
 * answered with a 5xx, and every 4xx must be an RFC 9457 problem with type, title, status,
 * detail and errors, naming no internal class. Most go to the handlers in-process (as Lambda
 * invokes them) for speed; a few hundred go through the local server.
 */
class BadRequestRobustnessTest {
    private static final long SEED = 20260302L;
    private static final int IN_PROCESS = 12_000;
    /** Some generated requests turn out valid (a removed optional member, an ignored query parameter): at least this many must not. */
    private static final int AT_LEAST_REFUSED = 10_000;
    private static final int OVER_HTTP = 300;
    /** What a problem must never show a client: stack frames, class or package names. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bjava\\.|com\\.facetestimator|software\\.amazon|jackson|\\bat [a-z]+\\.|\\.java:\\d+|NullPointer");
    private static final Duration SLOW = Duration.ofSeconds(2);

    private static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.shared();
    }

    @Test
    void tenThousandBadRequestsInProcessAreAllClientErrorsOrHandled() {
        BadRequestGenerator generator = new BadRequestGenerator(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byKindAndStatus = new TreeMap<>();
        int[] refused = {0};
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            for (int i = 0; i < IN_PROCESS; i++) {
                BadRequest request = generator.next();
                long t0 = System.nanoTime();
                APIGatewayV2HTTPResponse response = api.invoke(HttpEvents.event(request.routeKey(), request.path(), request.query(),
                        request.body(), request.base64()));
                long micros = (System.nanoTime() - t0) / 1000;
                String contentType = response.getHeaders() == null ? null : response.getHeaders().get("Content-Type");
                check("#" + i + " " + request, response.getStatusCode(), contentType, response.getBody(), failures);
                if (micros > SLOW.toNanos() / 1000) {
                    failures.add("#" + i + " took " + micros / 1000 + " ms: " + request);
                }
                byKindAndStatus.merge(request.kind() + " " + response.getStatusCode(), 1, Integer::sum);
                if (response.getStatusCode() >= 400) {
                    refused[0]++;
                }
            }
        });
        System.out.printf("%d bad requests in-process (%d refused) in %d ms: %s%n", IN_PROCESS, refused[0],
                (System.nanoTime() - started) / 1_000_000, byKindAndStatus);
        assertThat(failures).as("first failures").isEmpty();
        assertThat(refused[0]).as("requests answered 4xx").isGreaterThanOrEqualTo(AT_LEAST_REFUSED);
        assertThat(byKindAndStatus.keySet()).as("every kind of bad request was generated")
                .anyMatch(k -> k.startsWith("malformed-json")).anyMatch(k -> k.startsWith("deep-nesting"))
                .anyMatch(k -> k.startsWith("huge-array")).anyMatch(k -> k.startsWith("bad-date"))
                .anyMatch(k -> k.startsWith("bad-path")).anyMatch(k -> k.startsWith("control-chars"))
                .anyMatch(k -> k.startsWith("injection")).anyMatch(k -> k.startsWith("unknown-enum"));
    }

    @Test
    void badRequestsThroughTheLocalServerAreProblemsToo() {
        BadRequestGenerator generator = new BadRequestGenerator(SEED + 1);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (int i = 0; i < OVER_HTTP; i++) {
            BadRequest request = generator.next();
            String method = request.routeKey().substring(0, request.routeKey().indexOf(' '));
            String target = target(request);
            String body = request.body() == null && !method.equals("GET") ? "" : request.body();
            HttpResponse<String> response = api.send(method, target, method.equals("GET") ? null : body);
            check("#" + i + " " + method + " " + target + " " + request, response.statusCode(),
                    response.headers().firstValue("content-type").orElse(null), response.body(), failures);
            byStatus.merge(response.statusCode(), 1, Integer::sum);
        }
        System.out.println(OVER_HTTP + " bad requests over HTTP: " + byStatus);
        assertThat(failures).isEmpty();
    }

    /**
     * Every numeric member with numbers at BigDecimal's edges: exponents whose scale cannot be
     * held, and tiny values whose scale would make money arithmetic allocate without bound.
     */
    @Test
    void extremeNumbersInEveryNumericMemberAreRefusedQuickly() {
        List<String> numbers = List.of("1e-2147483648", "1E+2147483647", "1e-999999999", "1e999999999", "1e-400", "1E-30",
                "0." + "0".repeat(36) + "1", "5e-324", "1.000000000000000000000000000000000001", "9999999.999999999999",
                "10000000.0000001", "100.00000000000000000001", "-0.0", "0E-999999", "0e999999");
        List<String> members = List.of("deductibleRemaining", "coinsurancePercent", "copay", "outOfPocketRemaining");
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String member : members) {
                for (String number : numbers) {
                    String estimate = "{\"payerId\":\"medicare\",\"siteOfService\":\"HOPD\",\"dateOfService\":\"2025-06-02\","
                            + "\"procedure\":\"INJECTION\",\"purpose\":\"THERAPEUTIC\",\"levels\":[\"L4-L5\",\"L5-S1\"],"
                            + "\"laterality\":\"BILATERAL\",\"guidance\":\"FLUOROSCOPY\",\"compareSites\":true,"
                            + "\"coverage\":{\"" + member + "\":" + number + "}}";
                    String forecast = "{\"appointments\":[" + estimate.replace("\"compareSites\":true", "\"appointmentId\":\"x1\"") + "]}";
                    for (var event : List.of(HttpEvents.event("POST /estimates", null, null, estimate),
                            HttpEvents.event("POST /forecasts", null, null, forecast))) {
                        long t0 = System.nanoTime();
                        APIGatewayV2HTTPResponse response = api.invoke(event);
                        long millis = (System.nanoTime() - t0) / 1_000_000;
                        check(member + "=" + number + " " + event.getRouteKey(), response.getStatusCode(),
                                response.getHeaders().get("Content-Type"), response.getBody(), failures);
                        if (millis > SLOW.toMillis()) {
                            failures.add(member + "=" + number + " took " + millis + " ms");
                        }
                    }
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void malformedRequestTargetsNeverReachA5xx() throws IOException {
        List<String> targets = List.of("/patients/%ZZ/sessions", "/patients/%/sessions", "/patients/%C0%AE%C0%AE/sessions",
                "/patients/a%00b/sessions", "/patients/%2e%2e%2f%2e%2e/sessions", "/payers/%FF/fees?site=%ZZ&date=%",
                "/payers/medicare/fees?site=OFFICE&date=2026-03-02&&&=&locality=%", "/patients/p1/sessions?asOf=%E2%82",
                "/patients/p1/sessions/%20?x", "//estimates", "/estimates/", "/patients//sessions", "/payers/medicare/fees?site",
                "/patients/" + "x".repeat(5000) + "/sessions");
        for (String target : targets) {
            for (String method : List.of("GET", "POST", "PATCH")) {
                int status = rawStatus(method, target, "{}");
                assertThat(status).as(method + " " + target).isBetween(200, 499);
            }
        }
    }

    private static void check(String label, int status, String contentType, String body, List<String> failures) {
        if (failures.size() >= 25) {
            return;
        }
        if (status >= 500) {
            failures.add(status + " for " + label + ": " + abbreviate(body));
            return;
        }
        if (status < 400) {
            return;
        }
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            failures.add("content type " + contentType + " for " + label);
            return;
        }
        JsonNode problem;
        try {
            problem = OpenApiDocument.JSON.readTree(body);
        } catch (IOException e) {
            failures.add("problem body is not JSON for " + label);
            return;
        }
        List<String> wrong = new ArrayList<>();
        if (!problem.path("type").isTextual() || !problem.path("type").asText().startsWith("/problems/")) {
            wrong.add("type");
        }
        if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
            wrong.add("title");
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
            wrong.add("status");
        }
        if (!problem.path("detail").isTextual() || problem.path("detail").asText().isBlank()) {
            wrong.add("detail");
        }
        if (!problem.path("errors").isArray()) {
            wrong.add("errors");
        } else {
            if (status == 400 && problem.path("errors").isEmpty()) {
                wrong.add("errors (a 400 names its fields)");
            }
            for (JsonNode error : problem.path("errors")) {
                if (!error.path("field").isTextual() || !error.path("message").isTextual()) {
                    wrong.add("errors[].field/message");
                }
            }
        }
        if (INTERNALS.matcher(body).find()) {
            wrong.add("internal names in " + abbreviate(body));
        }
        if (!wrong.isEmpty()) {
            failures.add("problem " + wrong + " for " + label + ": " + abbreviate(body));
        }
    }

    /** The request target a client would send for a generated request: path and query percent-encoded. */
    private static String target(BadRequest request) {
        String path = request.routeKey().substring(request.routeKey().indexOf(' ') + 1);
        for (String name : List.of("patientId", "sessionId", "payerId")) {
            String value = request.path() == null ? null : request.path().get(name);
            path = path.replace("{" + name + "}", value == null ? "" : encode(value));
        }
        if (request.query() == null || request.query().isEmpty()) {
            return path;
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        request.query().forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        return path + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One request over a plain socket, so that targets java.net.URI would refuse are sent as they are. */
    private static int rawStatus(String method, String target, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.server().port())) {
            socket.setSoTimeout(10_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                statusLine.append((char) c);
            }
            String[] parts = statusLine.toString().split(" ");
            if (parts.length < 2) {
                throw new IOException("no status line for " + method + " " + target + ": " + statusLine);
            }
            return Integer.parseInt(parts[1]);
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
