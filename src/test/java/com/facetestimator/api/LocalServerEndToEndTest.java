package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.OpenApiDocument;
import com.facetestimator.testing.SampleRequests;
import com.facetestimator.testing.Payers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route through the local server (plain HTTP -> API Gateway v2 events -> the Lambda
 * handlers) against the emulator with the reference data, as a client would use them.
 */
class LocalServerEndToEndTest {
    private static ApiStack api;
    private static OpenApiDocument spec;
    private final List<String> undocumented = new ArrayList<>();
    private AutoCloseable contractCheck;

    @BeforeAll
    static void start() {
        api = ApiStack.shared();
        spec = OpenApiDocument.load();
    }

    @BeforeEach
    void checkEveryResponseAgainstTheContract() {
        contractCheck = api.checkEveryResponse(spec, undocumented);
    }

    @AfterEach
    void everyResponseSeenMatchedOpenApi() throws Exception {
        contractCheck.close();
        assertThat(undocumented).as("responses that openapi.yaml does not describe").isEmpty();
    }

    @Test
    void workedExampleOfApiMdIsReproducedToTheCent() throws IOException {
        JsonNode e = ok(api.send("POST", "/estimates", SampleRequests.workedExample().toString()));

        assertThat(e.path("region").asText()).isEqualTo("LUMBAR_SACRAL");
        assertThat(e.path("claims")).hasSize(1);
        JsonNode claim = e.path("claims").get(0);
        assertThat(claim.path("type").asText()).isEqualTo("PROFESSIONAL");
        assertThat(money(claim, "allowed")).isEqualByComparingTo("429.38");
        JsonNode first = claim.path("lines").get(0);
        JsonNode second = claim.path("lines").get(1);
        assertThat(claim.path("lines")).hasSize(2);
        assertThat(first.path("code").asText()).isEqualTo("64493");
        assertThat(texts(first.path("modifiers"))).containsExactly("50");
        assertThat(first.path("units").asInt()).isEqualTo(1);
        assertThat(first.path("addOn").asBoolean()).isFalse();
        assertThat(money(first, "allowed")).isEqualByComparingTo("285.59");
        assertThat(second.path("code").asText()).isEqualTo("64494");
        assertThat(texts(second.path("modifiers"))).containsExactly("50");
        assertThat(second.path("addOn").asBoolean()).isTrue();
        assertThat(money(second, "allowed")).isEqualByComparingTo("143.79");

        JsonNode r = e.path("reimbursement");
        assertThat(money(r, "allowed")).isEqualByComparingTo("429.38");
        assertThat(money(r, "payerPays")).isEqualByComparingTo("343.50");
        assertThat(money(r, "patientPays")).isEqualByComparingTo("85.88");
        assertThat(texts(r.path("steps"))).anyMatch(s -> s.contains("190.39")).anyMatch(s -> s.contains("285.59"));

        JsonNode f = e.path("frequency");
        assertThat(f.path("region").asText()).isEqualTo("LUMBAR_SACRAL");
        assertThat(f.path("counter").asText()).isEqualTo("THERAPEUTIC");
        assertThat(f.path("limit").asInt()).isEqualTo(4);
        assertThat(f.path("window").asText()).isEqualTo("ROLLING_12_MONTHS");
        assertThat(f.path("exceeded").asBoolean()).isFalse();
        assertThat(f.path("nextEligibleDate").isNull()).isTrue();
        assertThat(e.path("coverage").path("covered").asBoolean()).isTrue();
        assertThat(texts(e.path("sources"))).anyMatch(s -> s.contains("RVU26A"));
        assertThat(e.has("alternatives")).as("only with compareSites").isFalse();
    }

    @Test
    void aThirdLevelTheLcdExcludesCarriesNoKxAndTheAbnModifier() throws IOException {
        for (boolean abn : new boolean[] {true, false}) {
            var request = SampleRequests.workedExample();
            request.put("purpose", "DIAGNOSTIC").put("locality", "01182-18").put("abnOnFile", abn);
            request.putArray("levels").add("L3-L4").add("L4-L5").add("L5-S1");
            JsonNode lines = ok(api.send("POST", "/estimates", request.toString())).path("claims").get(0).path("lines");

            assertThat(texts(lines.get(0).path("modifiers"))).containsExactly("50", "KX");
            assertThat(texts(lines.get(1).path("modifiers"))).containsExactly("50", "KX");
            assertThat(lines.get(2).path("code").asText()).isEqualTo("64495");
            assertThat(lines.get(2).path("covered").asBoolean()).isFalse();
            assertThat(texts(lines.get(2).path("modifiers"))).containsExactly("50", abn ? "GA" : "GZ");
        }
    }

    @Test
    void compareSitesAddsTheOtherTwoSitesPricedAsTheirOwnEstimates() throws IOException {
        ObjectNode request = SampleRequests.workedExample();
        request.put("compareSites", true);
        JsonNode e = ok(api.send("POST", "/estimates", request.toString()));

        assertThat(money(e.path("reimbursement"), "allowed")).isEqualByComparingTo("429.38");
        JsonNode alternatives = e.path("alternatives");
        assertThat(alternatives).hasSize(2);
        Set<String> sites = new TreeSet<>();
        for (JsonNode alt : alternatives) {
            String site = alt.path("siteOfService").asText();
            sites.add(site);
            assertThat(money(alt, "payerPays").add(money(alt, "patientPays"))).isLessThanOrEqualTo(money(alt, "allowed"));
            JsonNode there = ok(api.send("POST", "/estimates", with(SampleRequests.workedExample(), "siteOfService", site).toString()));
            JsonNode r = there.path("reimbursement");
            assertThat(money(alt, "allowed")).as(site + " allowed").isEqualByComparingTo(money(r, "allowed"));
            assertThat(money(alt, "payerPays")).as(site + " payerPays").isEqualByComparingTo(money(r, "payerPays"));
            assertThat(money(alt, "patientPays")).as(site + " patientPays").isEqualByComparingTo(money(r, "patientPays"));
            assertThat(there.path("claims")).as(site + " has a facility claim").hasSize(2);
        }
        assertThat(sites).containsExactly("ASC", "HOPD");
    }

    @Test
    void forecastTotalsAreTheSumsOfTheSingleEstimates() throws IOException {
        List<ObjectNode> appointments = new ArrayList<>();
        String[] sites = {"OFFICE", "ASC", "HOPD"};
        String[][] levels = {{"L4-L5"}, {"L4-L5", "L5-S1"}, {"C5-C6", "C6-C7", "C7-T1"}, {"L3-L4", "L4-L5", "L5-S1"}};
        for (int i = 0; i < 12; i++) {
            ObjectNode a = SampleRequests.forecastAppointment("ap-" + i, ApiStack.newPatientId("sum" + i), "2026-0" + (1 + i % 9) + "-1" + (i % 10));
            a.put("siteOfService", sites[i % 3]);
            a.put("payerId", i % 4 == 3 ? Payers.COMMERCIAL : Payers.MEDICARE);
            a.put("laterality", i % 2 == 0 ? "BILATERAL" : "RIGHT");
            var list = a.putArray("levels");
            for (String level : levels[i % levels.length]) {
                list.add(level);
            }
            if (i % 5 == 4) {
                a.put("procedure", "RFA");
                a.remove("purpose");
            }
            if (i % 3 == 1) {
                a.remove("coverage"); // the payer's default terms: the full deductible
            }
            appointments.add(a);
        }
        JsonNode forecast = ok(api.send("POST", "/forecasts", SampleRequests.forecast(appointments.toArray(ObjectNode[]::new)).toString()));

        BigDecimal allowed = BigDecimal.ZERO;
        BigDecimal payerPays = BigDecimal.ZERO;
        BigDecimal patientPays = BigDecimal.ZERO;
        Map<String, BigDecimal> allowedBySite = new HashMap<>();
        Map<String, BigDecimal> allowedByPayer = new HashMap<>();
        for (ObjectNode a : appointments) {
            ObjectNode single = a.deepCopy();
            single.remove("appointmentId");
            JsonNode r = ok(api.send("POST", "/estimates", single.toString())).path("reimbursement");
            allowed = allowed.add(money(r, "allowed"));
            payerPays = payerPays.add(money(r, "payerPays"));
            patientPays = patientPays.add(money(r, "patientPays"));
            allowedBySite.merge(a.path("siteOfService").asText(), money(r, "allowed"), BigDecimal::add);
            allowedByPayer.merge(a.path("payerId").asText(), money(r, "allowed"), BigDecimal::add);
        }
        assertThat(allowed).isPositive();
        assertThat(forecast.path("count").asInt()).isEqualTo(appointments.size());
        JsonNode totals = forecast.path("totals");
        assertThat(money(totals, "allowed")).isEqualByComparingTo(allowed);
        assertThat(money(totals, "payerPays")).isEqualByComparingTo(payerPays);
        assertThat(money(totals, "patientPays")).isEqualByComparingTo(patientPays);
        for (JsonNode bucket : forecast.path("bySite")) {
            assertThat(money(bucket, "allowed")).as(bucket.path("siteOfService").asText())
                    .isEqualByComparingTo(allowedBySite.get(bucket.path("siteOfService").asText()));
        }
        for (JsonNode bucket : forecast.path("byPayer")) {
            assertThat(money(bucket, "allowed")).as(bucket.path("payerId").asText())
                    .isEqualByComparingTo(allowedByPayer.get(bucket.path("payerId").asText()));
        }
        BigDecimal monthly = BigDecimal.ZERO;
        for (JsonNode bucket : forecast.path("byMonth")) {
            monthly = monthly.add(money(bucket, "allowed"));
        }
        assertThat(monthly).isEqualByComparingTo(allowed);
    }

    @Test
    void sixTherapeuticInjectionsOfOnePatientWithinAYearFlagTheFifthAndSixthByDate() throws IOException {
        String patient = ApiStack.newPatientId("six");
        String[] dates = {"2026-01-12", "2026-03-02", "2026-04-20", "2026-06-15", "2026-08-10", "2026-10-05"};
        List<ObjectNode> appointments = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            appointments.add(SampleRequests.forecastAppointment("visit-" + (i + 1), patient, dates[i]));
        }
        Collections.shuffle(appointments, new Random(6)); // the order sent must not matter, only the dates
        JsonNode forecast = ok(api.send("POST", "/forecasts", SampleRequests.forecast(appointments.toArray(ObjectNode[]::new)).toString()));

        Map<String, List<String>> atRisk = new HashMap<>();
        for (JsonNode risk : forecast.path("atRisk")) {
            atRisk.put(risk.path("appointmentId").asText(), texts(risk.path("reasons")));
        }
        assertThat(atRisk.keySet()).containsExactlyInAnyOrder("visit-5", "visit-6");
        assertThat(atRisk.get("visit-5")).contains("FREQUENCY_EXCEEDED");
        assertThat(atRisk.get("visit-6")).contains("FREQUENCY_EXCEEDED");
        assertThat(forecast.path("count").asInt()).isEqualTo(6);
        // Not covered: the at-risk part is their allowed amount, which the payer does not pay.
        BigDecimal oneVisit = new BigDecimal("429.38");
        assertThat(money(forecast.path("totals"), "allowed")).isEqualByComparingTo(oneVisit.multiply(BigDecimal.valueOf(6)));
        assertThat(money(forecast.path("totals"), "atRiskAllowed")).isEqualByComparingTo(oneVisit.multiply(BigDecimal.valueOf(2)));
        assertThat(money(forecast.path("totals"), "payerPays")).isEqualByComparingTo(new BigDecimal("343.50").multiply(BigDecimal.valueOf(4)));
    }

    @Test
    void sessionsAreRecordedListedRetriedRefusedAndCancelled() throws IOException {
        String patient = ApiStack.newPatientId("ledger");
        String sessions = "/patients/" + patient + "/sessions";

        HttpResponse<String> created = api.send("POST", sessions, SampleRequests.session("appt-1", "2026-01-05", "PERFORMED").toString());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode recorded = json(created);
        assertThat(recorded.path("session").path("sessionId").asText()).isEqualTo("appt-1");
        assertThat(recorded.path("session").path("status").asText()).isEqualTo("PERFORMED");
        assertThat(recorded.path("frequency").path("usedInWindow").asInt()).isZero();
        assertThat(created.body()).doesNotContain(patient);

        HttpResponse<String> retried = api.send("POST", sessions, SampleRequests.session("appt-1", "2026-01-05", "PERFORMED").toString());
        assertThat(retried.statusCode()).as("an identical retry").isEqualTo(200);
        assertThat(json(retried)).isEqualTo(recorded);

        HttpResponse<String> conflict = api.send("POST", sessions, SampleRequests.session("appt-1", "2026-01-19", "PERFORMED").toString());
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(json(conflict).path("type").asText()).isEqualTo("/problems/session-conflict");

        for (int i = 2; i <= 4; i++) {
            assertThat(api.send("POST", sessions, SampleRequests.session("appt-" + i, "2026-0" + i + "-05", "SCHEDULED").toString())
                    .statusCode()).isEqualTo(201);
        }
        ObjectNode fifth = SampleRequests.session("appt-5", "2026-06-01", "SCHEDULED");
        fifth.put("requireWithinLimit", true);
        HttpResponse<String> refused = api.send("POST", sessions, fifth.toString());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("content-type")).contains("application/problem+json");
        JsonNode limit = json(refused);
        assertThat(limit.path("type").asText()).isEqualTo("/problems/limit-exceeded");
        assertThat(limit.path("frequency").path("exceeded").asBoolean()).isTrue();
        // The first of the four leaves the 12-month window around 2027-01-05.
        assertThat(limit.path("frequency").path("nextEligibleDate").asText()).isBetween("2027-01-05", "2027-01-06");

        JsonNode estimate = ok(api.send("POST", "/estimates", with(SampleRequests.workedExample(), "patientId", patient)
                .put("dateOfService", "2026-06-01").toString()));
        assertThat(estimate.path("frequency").path("usedInWindow").asInt()).as("the recorded sessions count").isEqualTo(4);
        assertThat(estimate.path("frequency").path("exceeded").asBoolean()).isTrue();
        assertThat(estimate.path("coverage").path("covered").asBoolean()).isFalse();
        assertThat(money(estimate.path("reimbursement"), "payerPays")).isEqualByComparingTo("0");

        JsonNode listed = ok(api.send("GET", sessions + "?asOf=2026-06-01", null));
        assertThat(listed.path("sessions")).hasSize(4);
        JsonNode counter = counter(listed, "LUMBAR_SACRAL", "THERAPEUTIC");
        assertThat(counter.path("usedInWindow").asInt()).isEqualTo(4);
        assertThat(counter.path("limit").asInt()).isEqualTo(4);

        JsonNode cancelled = ok(api.send("PATCH", sessions + "/appt-3", "{\"status\": \"CANCELLED\"}"));
        assertThat(cancelled.path("session").path("status").asText()).isEqualTo("CANCELLED");
        JsonNode after = ok(api.send("GET", sessions + "?asOf=2026-06-01&region=LUMBAR_SACRAL", null));
        assertThat(counter(after, "LUMBAR_SACRAL", "THERAPEUTIC").path("usedInWindow").asInt()).as("cancelled stops counting").isEqualTo(3);
        assertThat(api.send("POST", sessions, fifth.toString()).statusCode()).as("room again after the cancellation").isEqualTo(201);

        HttpResponse<String> unknown = api.send("PATCH", sessions + "/appt-99", "{\"status\": \"PERFORMED\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain(patient);

        JsonNode empty = ok(api.send("GET", "/patients/" + ApiStack.newPatientId("nobody") + "/sessions", null));
        assertThat(empty.path("sessions")).isEmpty();
    }

    @Test
    void payersAndTheirFeesAreListed() throws IOException {
        JsonNode payers = ok(api.send("GET", "/payers", null));
        Map<String, String> types = new HashMap<>();
        payers.path("payers").forEach(p -> types.put(p.path("payerId").asText(), p.path("type").asText()));
        assertThat(types).containsEntry(Payers.MEDICARE, "MEDICARE").containsEntry(Payers.COMMERCIAL, "COMMERCIAL");

        JsonNode medicare = ok(api.send("GET", "/payers/medicare/fees?site=OFFICE&date=2026-03-02", null));
        assertThat(fee(medicare, "64493", "PROFESSIONAL")).isEqualByComparingTo("190.39");
        assertThat(fee(medicare, "64494", "PROFESSIONAL")).isEqualByComparingTo("95.86");
        for (JsonNode row : medicare.path("fees")) {
            assertThat(row.path("source").asText()).as(row.path("code").asText()).isNotBlank();
        }
        JsonNode commercial = ok(api.send("GET", "/payers/" + Payers.COMMERCIAL + "/fees?site=OFFICE&date=2026-03-02", null));
        assertThat(fee(commercial, "64493", "PROFESSIONAL")).as("125% of 190.39").isEqualByComparingTo("237.99");
        JsonNode hopd = ok(api.send("GET", "/payers/medicare/fees?site=HOPD&date=2025-06-02", null));
        assertThat(fee(hopd, "64493", "FACILITY")).isEqualByComparingTo("890.29");
        JsonNode losAngeles = ok(api.send("GET", "/payers/medicare/fees?site=OFFICE&date=2026-03-02&locality=01182-18", null));
        assertThat(fee(losAngeles, "64493", "PROFESSIONAL")).as("the LA GPCIs raise it").isGreaterThan(new BigDecimal("190.39"));

        HttpResponse<String> missingSite = api.send("GET", "/payers/medicare/fees?date=2026-03-02", null);
        assertThat(missingSite.statusCode()).isEqualTo(400);
        assertThat(fields(json(missingSite))).contains("site");
    }

    @Test
    void unknownRoutesAndPayersAre404Problems() throws IOException {
        for (String[] request : List.of(
                new String[] {"GET", "/nowhere"}, new String[] {"GET", "/estimates"}, new String[] {"DELETE", "/payers"},
                new String[] {"PUT", "/patients/p1/sessions"}, new String[] {"GET", "/payers/medicare"},
                new String[] {"GET", "/payers/medicare/fees/extra"})) {
            HttpResponse<String> response = api.send(request[0], request[1], null);
            assertThat(response.statusCode()).as(String.join(" ", request)).isEqualTo(404);
            assertProblem(response, 404);
            assertThat(json(response).path("type").asText()).isEqualTo("/problems/no-such-route");
        }
        HttpResponse<String> estimate = api.send("POST", "/estimates", with(SampleRequests.workedExample(), "payerId", "acme-health").toString());
        assertThat(estimate.statusCode()).isEqualTo(404);
        assertProblem(estimate, 404);
        assertThat(fields(json(estimate))).containsExactly("payerId");

        HttpResponse<String> fees = api.send("GET", "/payers/acme-health/fees?site=OFFICE&date=2026-03-02", null);
        assertThat(fees.statusCode()).isEqualTo(404);
        assertThat(fields(json(fees))).containsExactly("payerId");
    }

    @Test
    void bodiesOverTheirRoutesLimitAre413Problems() throws IOException {
        String huge = "{\"appointments\": [\"" + "x".repeat(HttpApiHandler.MAX_BODY_BYTES) + "\"]}";
        for (String[] route : List.of(new String[] {"POST", "/estimates"},
                new String[] {"POST", "/patients/p-413/sessions"}, new String[] {"PATCH", "/patients/p-413/sessions/s1"})) {
            HttpResponse<String> response = api.send(route[0], route[1], huge);
            assertThat(response.statusCode()).as(route[1]).isEqualTo(413);
            assertProblem(response, 413);
        }
        // Forecasts take up to 6 MB: the same body is read, and judged on its content.
        assertThat(api.send("POST", "/forecasts", huge).statusCode()).isEqualTo(400);
        String overSix = "{\"appointments\": [\"" + "x".repeat(HttpApiHandler.MAX_BATCH_BODY_BYTES) + "\"]}";
        HttpResponse<String> forecast = api.send("POST", "/forecasts", overSix);
        assertThat(forecast.statusCode()).isEqualTo(413);
        assertProblem(forecast, 413);
        // Exactly at the limit is read and judged on its content instead.
        String atLimit = "{\"x\": \"" + "y".repeat(HttpApiHandler.MAX_BODY_BYTES - 9) + "\"}";
        assertThat(atLimit.length()).isEqualTo(HttpApiHandler.MAX_BODY_BYTES);
        assertThat(api.send("POST", "/estimates", atLimit).statusCode()).isEqualTo(400);
        String oneOver = "{\"x\": \"" + "y".repeat(HttpApiHandler.MAX_BODY_BYTES - 8) + "\"}";
        assertThat(api.send("POST", "/estimates", oneOver).statusCode()).isEqualTo(413);
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("errors").isArray()).isTrue();
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("application/json");
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return OpenApiDocument.JSON.readTree(response.body());
    }

    private static BigDecimal money(JsonNode node, String field) {
        assertThat(node.path(field).isNumber()).as(field + " is a number in " + node).isTrue();
        return node.path(field).decimalValue();
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> list = new ArrayList<>();
        problem.path("errors").forEach(e -> list.add(e.path("field").asText()));
        return list;
    }

    private static ObjectNode with(ObjectNode body, String field, String value) {
        body.put(field, value);
        return body;
    }

    private static JsonNode counter(JsonNode listing, String region, String counter) {
        for (JsonNode c : listing.path("counters")) {
            if (c.path("region").asText().equals(region) && c.path("counter").asText().equals(counter)) {
                return c;
            }
        }
        throw new AssertionError("no counter " + region + "/" + counter + " in " + listing);
    }

    private static BigDecimal fee(JsonNode listing, String code, String component) {
        for (JsonNode row : listing.path("fees")) {
            if (row.path("code").asText().equals(code) && row.path("component").asText().equals(component)
                    && row.path("modifier").asText("").isEmpty()) {
                return row.path("amount").decimalValue();
            }
        }
        throw new AssertionError("no fee " + code + " " + component + " in " + listing);
    }
}
