package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.estimate.SessionBookings;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.pricing.CostSharingTerms;
import com.facetestimator.domain.pricing.FeeBasis;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PayerType;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.DynamoDbSessionLedger;
import com.facetestimator.store.PayerProfileWriter;
import com.facetestimator.store.TableNames;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import com.facetestimator.tools.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The sessions routes wired to a real DynamoDB endpoint with fresh tables, the seed payers
 * written with {@link PayerProfileWriter}, and a fixed clock. It keeps every response body and
 * captures the access log, so a test can prove no patient id it used ever left in either.
 */
final class SessionsFixture implements AutoCloseable {
    /** 23:30 UTC on 2026-03-15 is already 2026-03-16 in Auckland: tells "today in UTC" from the clock's zone. */
    static final Instant NOW = Instant.parse("2026-03-15T23:30:00Z");
    static final LocalDate TODAY_UTC = LocalDate.of(2026, 3, 15);
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Pacific/Auckland"));

    static final String MEDICARE = "medicare";
    static final String NO_POLICY_PAYER = "sample-self-pay";

    final DynamoDbClient dynamo = DynamoDbTestEndpoint.client();
    final TableNames tables = DynamoDbTestEndpoint.freshTables(dynamo);
    final DynamoDbSessionLedger ledger = new DynamoDbSessionLedger(dynamo, tables.sessions());
    final List<String> patientIds = Collections.synchronizedList(new ArrayList<>());
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
    SessionsHandler handler;

    SessionsFixture() {
        PayerProfileWriter writer = new PayerProfileWriter(dynamo, tables.fees());
        writer.put(medicare());
        writer.put(selfPay());
        handler = handler(ledger, 5);
    }

    /** Medicare-like: the facet LCD's coverage and frequency policies, CMS fee schedule. */
    static PayerProfile medicare() {
        return new PayerProfile(MEDICARE, "Medicare (Original, Part B)", PayerType.MEDICARE, false,
                new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.RT_LT_LINES,
                        "MEDICARE-FACET-LCD"),
                "MEDICARE-FACET-LCD", new FeeBasis.OwnSchedule(),
                List.of(new CostSharingTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        new BigDecimal("283"), new BigDecimal("20"), null, new BigDecimal("1736"), "CMS 2026 Part B")),
                null);
    }

    /** A payer with no frequency (or coverage) policy: sessions are recorded without a verdict. */
    static PayerProfile selfPay() {
        return new PayerProfile(NO_POLICY_PAYER, "Self-pay (sample)", PayerType.SELF_PAY, true,
                new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT, null),
                null, new FeeBasis.OwnSchedule(), List.of(), "sample");
    }

    SessionsHandler handler(SessionLedgerStore store, int maxAttempts) {
        return handler(store, maxAttempts, com.facetestimator.rules.RuleFiles.bundled());
    }

    /** The handler over other rule data (e.g. a fixture with a later policy revision). */
    SessionsHandler handler(SessionLedgerStore store, int maxAttempts, com.facetestimator.rules.RuleData rules) {
        var payers = new DynamoDbPayerDirectory(dynamo, tables.fees(), Duration.ofMinutes(5));
        return new SessionsHandler(new SessionBookings(payers, rules.coding(), store, rules.frequency(), maxAttempts, CLOCK),
                new AccessLog(logStream::println));
    }

    /** A fresh patient id, remembered so that {@link #assertNoPatientIdLeaked()} looks for it. */
    String newPatient() {
        return used("PHI-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    String used(String patientId) {
        patientIds.add(patientId);
        return patientId;
    }

    /** A lumbar therapeutic bilateral L4-L5/L5-S1 office session under fluoroscopy; {@code overrides} replace or (null) remove members. */
    static Map<String, Object> session(String sessionId, String date, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payerId", MEDICARE);
        body.put("siteOfService", "OFFICE");
        body.put("dateOfService", date);
        body.put("procedure", "INJECTION");
        body.put("purpose", "THERAPEUTIC");
        body.put("levels", List.of("L4-L5", "L5-S1"));
        body.put("laterality", "BILATERAL");
        body.put("guidance", "FLUOROSCOPY");
        body.put("sessionId", sessionId);
        body.put("status", "SCHEDULED");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }

    Response post(String patientId, Object body) {
        return call(SessionsHandler.POST, Map.of("patientId", patientId), null, json(body));
    }

    Response get(String patientId, Map<String, String> query) {
        return call(SessionsHandler.GET, Map.of("patientId", patientId), query, null);
    }

    Response patch(String patientId, String sessionId, Object body) {
        return call(SessionsHandler.PATCH, Map.of("patientId", patientId, "sessionId", sessionId), null, json(body));
    }

    Response call(String routeKey, Map<String, String> path, Map<String, String> query, String body) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath("/patients/redacted")
                .withPathParameters(path)
                .withQueryStringParameters(query)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
        return invoke(event);
    }

    Response invoke(APIGatewayV2HTTPEvent event) {
        return Response.of(handler.handleRequest(event, null), bodies);
    }

    String accessLog() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Patient ids are PHI: none of those used may appear in any response body or access-log line. */
    void assertNoPatientIdLeaked() {
        String logged = accessLog();
        List<String> ids;
        synchronized (patientIds) {
            ids = List.copyOf(patientIds);
        }
        List<String> sent;
        synchronized (bodies) {
            sent = List.copyOf(bodies);
        }
        for (String id : ids) {
            assertThat(logged).as("access log").doesNotContain(id);
            for (String body : sent) {
                assertThat(body).as("a response body").doesNotContain(id);
            }
        }
    }

    @Override
    public void close() {
        dynamo.close();
    }

    private static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, Map<String, String> headers, String text, JsonNode json) {
        static Response of(APIGatewayV2HTTPResponse response, List<String> bodies) {
            bodies.add(response.getBody());
            try {
                return new Response(response.getStatusCode(), response.getHeaders(), response.getBody(),
                        Json.MAPPER.readTree(response.getBody()));
            } catch (Exception e) {
                throw new IllegalStateException("response body is not JSON", e);
            }
        }

        /** The field names of a problem's errors. */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
