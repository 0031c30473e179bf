package com.facetestimator.api;

import static com.facetestimator.api.SessionsFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.api.SessionsFixture.Response;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.frequency.SessionStatus;
import com.facetestimator.testing.Events;
import com.facetestimator.tools.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sessions routes end to end: handler, use case, DynamoDB adapters, against the emulator. */
class SessionsHandlerTest {

    private final SessionsFixture api = new SessionsFixture();

    @AfterEach
    void noPatientIdLeaked() {
        try {
            api.assertNoPatientIdLeaked();
        } finally {
            api.close();
        }
    }

    private List<RecordedSession> stored(String patientId) {
        return api.ledger.load(patientId).sessions();
    }

    @Nested
    class Post {
        @Test
        void aNewSessionIs201WithTheSessionAndTheVerdictAgainstTheLedgerBeforeIt() {
            String patient = api.newPatient();
            api.post(patient, session("appt-1", "2025-11-03"));

            Response response = api.post(patient, session("appt-2", "2026-03-02",
                    "levels", List.of("L5-S1", "L4-L5"), "locality", "01182-18", "abnOnFile", true,
                    "coverage", Map.of("deductibleRemaining", 0, "coinsurancePercent", 20)));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.headers()).containsEntry("Content-Type", "application/json");
            JsonNode session = response.json().get("session");
            assertThat(Json.MAPPER.convertValue(session, Map.class)).containsExactly(
                    Map.entry("sessionId", "appt-2"),
                    Map.entry("dateOfService", "2026-03-02"),
                    Map.entry("payerId", "medicare"),
                    Map.entry("siteOfService", "OFFICE"),
                    Map.entry("procedure", "INJECTION"),
                    Map.entry("purpose", "THERAPEUTIC"),
                    Map.entry("levels", List.of("L4-L5", "L5-S1")),
                    Map.entry("laterality", "BILATERAL"),
                    Map.entry("guidance", "FLUOROSCOPY"),
                    Map.entry("status", "SCHEDULED"),
                    Map.entry("region", "LUMBAR_SACRAL"),
                    Map.entry("counter", "THERAPEUTIC"));
            JsonNode frequency = response.json().get("frequency");
            assertThat(frequency.get("region").asText()).isEqualTo("LUMBAR_SACRAL");
            assertThat(frequency.get("counter").asText()).isEqualTo("THERAPEUTIC");
            assertThat(frequency.get("limit").asInt()).isEqualTo(4);
            assertThat(frequency.get("window").asText()).isEqualTo("ROLLING_12_MONTHS");
            assertThat(frequency.get("usedInWindow").asInt()).as("appt-1 only, not itself").isEqualTo(1);
            assertThat(frequency.get("exceeded").asBoolean()).isFalse();
            assertThat(frequency.get("nextEligibleDate").isNull()).isTrue();
            assertThat(frequency.get("liabilityModifier").isNull()).isTrue();
            assertThat(frequency.get("findings")).isEmpty();
            assertThat(stored(patient)).extracting(RecordedSession::sessionId).containsExactly("appt-1", "appt-2");
        }

        @Test
        void t12L1WithLumbarLevelsCountsAsALumbarSession() {
            String patient = api.newPatient();
            Response response = api.post(patient, session("junction", "2026-03-02",
                    "procedure", "RFA", "purpose", null, "levels", List.of("L1-L2", "T12-L1")));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().at("/session/region").asText()).isEqualTo("LUMBAR_SACRAL");
            assertThat(response.json().at("/session/counter").asText()).isEqualTo("RFA");
            assertThat(response.json().at("/session/purpose").isNull()).isTrue();
            assertThat(response.json().at("/frequency/limit").asInt()).isEqualTo(2);
        }

        @Test
        void anIdenticalRetryIs200WithTheSameBodyAndIsRecordedOnce() {
            String patient = api.newPatient();
            api.post(patient, session("earlier", "2026-01-05"));
            Response first = api.post(patient, session("appt-1", "2026-03-02"));
            long version = api.ledger.load(patient).version();

            Response retry = api.post(patient, session("appt-1", "2026-03-02", "levels", List.of("L5-S1", "L4-L5")));

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
            assertThat(retry.json()).isEqualTo(first.json());
            assertThat(stored(patient)).extracting(RecordedSession::sessionId).containsExactly("earlier", "appt-1");
            assertThat(api.ledger.load(patient).version()).as("a replay writes nothing").isEqualTo(version);
        }

        @Test
        void anRfaRetrySpellingOutItsTherapeuticPurposeIsTheSameSession() {
            String patient = api.newPatient();
            api.post(patient, session("rfa-1", "2026-03-02", "procedure", "RFA", "purpose", null));

            Response retry = api.post(patient, session("rfa-1", "2026-03-02", "procedure", "RFA"));

            assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
            assertThat(stored(patient)).hasSize(1);
        }

        @Test
        void theSameSessionIdWithDifferentContentIs409SessionConflict() {
            String patient = api.newPatient();
            api.post(patient, session("appt-1", "2026-03-02"));

            Response response = api.post(patient, session("appt-1", "2026-03-09"));

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.headers()).containsEntry("Content-Type", "application/problem+json");
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/session-conflict");
            assertThat(response.errorFields()).containsExactly("sessionId");
            assertThat(stored(patient)).singleElement()
                    .satisfies(s -> assertThat(s.dateOfService()).hasToString("2026-03-02"));
        }

        @Test
        void requireWithinLimitRefusesASessionOverTheLimitWith409AndTheVerdictAndRecordsNothing() {
            String patient = api.newPatient();
            for (String date : List.of("2025-06-10", "2025-09-10", "2025-12-10", "2026-02-10")) {
                assertThat(api.post(patient, session("t-" + date, date)).status()).isEqualTo(201);
            }
            long version = api.ledger.load(patient).version();

            Response response = api.post(patient, session("t-5", "2026-03-10", "requireWithinLimit", true));

            assertThat(response.status()).as(response.toString()).isEqualTo(409);
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/limit-exceeded");
            assertThat(response.json().get("status").asInt()).isEqualTo(409);
            JsonNode frequency = response.json().get("frequency");
            assertThat(frequency.get("exceeded").asBoolean()).isTrue();
            assertThat(frequency.get("usedInWindow").asInt()).isEqualTo(4);
            assertThat(frequency.get("limit").asInt()).isEqualTo(4);
            assertThat(frequency.get("nextEligibleDate").asText()).as("when 2025-06-10 leaves the window").isEqualTo("2026-06-10");
            assertThat(frequency.get("liabilityModifier").asText()).isEqualTo("GZ");
            assertThat(frequency.get("findings")).extracting(f -> f.get("ruleId").asText())
                    .containsExactly("LCD-FREQ-THERAPEUTIC", "ABN-GZ");
            assertThat(stored(patient)).hasSize(4).noneMatch(s -> s.sessionId().equals("t-5"));
            assertThat(api.ledger.load(patient).version()).isEqualTo(version);
        }

        @Test
        void withoutRequireWithinLimitAnExceedingSessionIsRecordedWithItsVerdictAndFindings() {
            String patient = api.newPatient();
            for (String date : List.of("2025-06-10", "2025-09-10", "2025-12-10", "2026-02-10")) {
                api.post(patient, session("t-" + date, date));
            }

            Response response = api.post(patient, session("t-5", "2026-03-10", "abnOnFile", true));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            JsonNode frequency = response.json().get("frequency");
            assertThat(frequency.get("exceeded").asBoolean()).isTrue();
            assertThat(frequency.get("liabilityModifier").asText()).as("ABN on file").isEqualTo("GA");
            JsonNode error = frequency.get("findings").get(0);
            assertThat(error.get("severity").asText()).isEqualTo("ERROR");
            assertThat(error.get("ruleId").asText()).isEqualTo("LCD-FREQ-THERAPEUTIC");
            assertThat(error.get("message").asText()).contains("2026-06-10");
            assertThat(error.get("citation").asText()).contains("L38773");
            assertThat(error.get("confidence").asText()).isEqualTo("SECONDARY_SOURCE");
            assertThat(stored(patient)).hasSize(5);
        }

        @Test
        void aPayerWithoutAFrequencyPolicyRecordsWithoutAVerdict() {
            String patient = api.newPatient();
            Response response = api.post(patient, session("appt-1", "2026-03-02", "payerId", SessionsFixture.NO_POLICY_PAYER));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().has("frequency")).isFalse();
            assertThat(response.json().at("/session/payerId").asText()).isEqualTo(SessionsFixture.NO_POLICY_PAYER);
        }

        @Test
        void anUnknownPayerIs404OnPayerIdAndRecordsNothing() {
            String patient = api.newPatient();
            Response response = api.post(patient, session("appt-1", "2026-03-02", "payerId", "no-such-payer"));

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.errorFields()).containsExactly("payerId");
            assertThat(api.ledger.load(patient)).isEqualTo(PatientLedger.empty());
        }

        @Test
        void everyBodyProblemIsA400NamingItsFieldAndRecordsNothing() {
            String patient = api.newPatient();
            String inBody = api.used("PHI-in-body-7Q");
            String malformedInBody = api.used("PHI in body!");
            List<Map.Entry<Object[], List<String>>> cases = List.of(
                    Map.entry(new Object[] {"colour", "blue", "patientId", inBody}, List.of("colour", "patientId")),
                    Map.entry(new Object[] {"patientId", malformedInBody}, List.of("patientId")),
                    Map.entry(new Object[] {"sessionId", null, "status", null}, List.of("sessionId", "status")),
                    Map.entry(new Object[] {"sessionId", "has space"}, List.of("sessionId")),
                    Map.entry(new Object[] {"status", "CANCELLED"}, List.of("status")),
                    Map.entry(new Object[] {"dateOfService", "2026-02-30", "laterality", "BOTH"}, List.of("dateOfService", "laterality")),
                    Map.entry(new Object[] {"requireWithinLimit", "yes", "abnOnFile", 1}, List.of("requireWithinLimit", "abnOnFile")),
                    Map.entry(new Object[] {"coverage", Map.of("copay", -5, "coinsurancePercent", 120, "deductible", 1)},
                            List.of("coverage.copay", "coverage.coinsurancePercent", "coverage.deductible")),
                    Map.entry(new Object[] {"levels", List.of("L4-L5", "L9-L10")}, List.of("levels[1]")),
                    Map.entry(new Object[] {"procedure", "RFA", "purpose", "DIAGNOSTIC"}, List.of("purpose")),
                    Map.entry(new Object[] {"locality", "national"}, List.of("locality")));
            cases.forEach(c -> {
                Object[] overrides = c.getKey();
                List<String> fields = c.getValue();
                Response response = api.post(patient, session("appt-1", "2026-03-02", overrides));
                assertThat(response.status()).as(response.toString()).isEqualTo(400);
                assertThat(response.json().get("type").asText()).isEqualTo("/problems/invalid-request");
                assertThat(response.errorFields()).as(response.toString()).containsExactlyInAnyOrderElementsOf(fields);
            });
            assertThat(api.post(patient, "{\"payerId\": ").errorFields()).containsExactly("body");
            assertThat(api.post(patient, "[]").errorFields()).containsExactly("body");
            assertThat(api.ledger.load(patient)).isEqualTo(PatientLedger.empty());
        }

        @Test
        void anInvalidBodyIsRefusedBeforeThePayerIsLookedUp() {
            Response response = api.post(api.newPatient(), session("appt-1", "2026-03-02",
                    "payerId", "no-such-payer", "levels", List.of("L4-L5", "C5-C6")));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("levels");
        }
    }

    @Nested
    class Patch {
        @Test
        void cancellingASessionStopsItCounting() {
            String patient = api.newPatient();
            api.post(patient, session("a", "2026-01-05"));
            api.post(patient, session("b", "2026-02-02"));
            Response before = api.post(patient, session("c", "2026-03-02"));
            assertThat(before.json().at("/frequency/usedInWindow").asInt()).isEqualTo(2);
            assertThat(lumbarTherapeuticCounter(patient).get("usedInWindow").asInt()).isEqualTo(3);

            Response cancelled = api.patch(patient, "a", Map.of("status", "CANCELLED"));

            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            assertThat(cancelled.json().at("/session/sessionId").asText()).isEqualTo("a");
            assertThat(cancelled.json().at("/session/status").asText()).isEqualTo("CANCELLED");
            Response replay = api.post(patient, session("c", "2026-03-02"));
            assertThat(replay.status()).isEqualTo(200);
            assertThat(replay.json().at("/frequency/usedInWindow").asInt()).as("a no longer counts").isEqualTo(1);
            assertThat(lumbarTherapeuticCounter(patient).get("usedInWindow").asInt()).isEqualTo(2);
            assertThat(api.post(patient, session("d", "2026-03-09")).json().at("/frequency/usedInWindow").asInt())
                    .isEqualTo(2);
        }

        @Test
        void performedAndBackToScheduledAreAcceptedAndSettingTheSameStatusWritesNothing() {
            String patient = api.newPatient();
            api.post(patient, session("a", "2026-03-02"));

            assertThat(api.patch(patient, "a", Map.of("status", "PERFORMED")).json().at("/session/status").asText())
                    .isEqualTo("PERFORMED");
            long version = api.ledger.load(patient).version();
            assertThat(api.patch(patient, "a", Map.of("status", "PERFORMED")).status()).isEqualTo(200);
            assertThat(api.ledger.load(patient).version()).isEqualTo(version);
            assertThat(api.patch(patient, "a", Map.of("status", "SCHEDULED")).status()).isEqualTo(200);
            assertThat(stored(patient)).singleElement().extracting(RecordedSession::status).isEqualTo(SessionStatus.SCHEDULED);
        }

        @Test
        void anUnknownSessionOrPatientIs404OnSessionId() {
            String patient = api.newPatient();
            api.post(patient, session("a", "2026-03-02"));

            for (Response response : List.of(
                    api.patch(patient, "nope", Map.of("status", "CANCELLED")),
                    api.patch(api.newPatient(), "a", Map.of("status", "CANCELLED")))) {
                assertThat(response.status()).as(response.toString()).isEqualTo(404);
                assertThat(response.json().get("type").asText()).isEqualTo("/problems/not-found");
                assertThat(response.errorFields()).containsExactly("sessionId");
            }
        }

        @Test
        void aBadStatusOrUnknownMemberIs400() {
            String patient = api.newPatient();
            api.post(patient, session("a", "2026-03-02"));

            assertThat(api.patch(patient, "a", Map.of("status", "DONE")).errorFields()).containsExactly("status");
            assertThat(api.patch(patient, "a", Map.of()).errorFields()).containsExactly("status");
            assertThat(api.patch(patient, "a", Map.of("status", "CANCELLED", "reason", "x")).errorFields())
                    .containsExactly("reason");
            assertThat(api.patch(patient, "bad id", Map.of("status", "CANCELLED")).errorFields())
                    .containsExactly("sessionId");
            assertThat(stored(patient)).singleElement().extracting(RecordedSession::status).isEqualTo(SessionStatus.SCHEDULED);
        }
    }

    @Nested
    class Get {
        @Test
        void listsSessionsByDateAndEveryCounterUnderTheMedicarePolicy() {
            String patient = api.newPatient();
            api.post(patient, session("late", "2026-03-02"));
            api.post(patient, session("early", "2025-12-01"));
            api.post(patient, session("neck", "2026-01-12", "purpose", "DIAGNOSTIC", "levels", List.of("C5-C6")));
            api.patch(patient, "early", Map.of("status", "CANCELLED"));

            Response response = api.get(patient, Map.of("asOf", "2026-03-02"));

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().get("policy").asText()).isEqualTo("MEDICARE-FACET-LCD");
            assertThat(response.json().get("asOf").asText()).isEqualTo("2026-03-02");
            assertThat(response.json().get("sessions")).extracting(s -> s.get("sessionId").asText())
                    .containsExactly("early", "neck", "late");
            assertThat(response.json().at("/sessions/0/status").asText()).isEqualTo("CANCELLED");
            JsonNode counters = response.json().get("counters");
            assertThat(counters).hasSize(6);
            assertThat(counters.get(0).properties()).extracting(Map.Entry::getKey)
                    .containsExactly("region", "counter", "limit", "usedInWindow", "nextEligibleDate");
            assertThat(counter(counters, "LUMBAR_SACRAL", "THERAPEUTIC").get("usedInWindow").asInt()).isEqualTo(1);
            assertThat(counter(counters, "CERVICAL_THORACIC", "DIAGNOSTIC").get("usedInWindow").asInt()).isEqualTo(1);
            assertThat(counter(counters, "LUMBAR_SACRAL", "RFA").get("limit").asInt()).isEqualTo(2);
        }

        @Test
        void asOfDefaultsToTodayInUtcFromTheClock() {
            String patient = api.newPatient();
            api.post(patient, session("today-utc", SessionsFixture.TODAY_UTC.toString()));
            api.post(patient, session("tomorrow-utc", SessionsFixture.TODAY_UTC.plusDays(1).toString()));

            Response response = api.get(patient, null);

            assertThat(response.json().get("asOf").asText()).isEqualTo("2026-03-15");
            assertThat(lumbarTherapeutic(response).get("usedInWindow").asInt())
                    .as("the session dated tomorrow (UTC) is not yet in the window").isEqualTo(1);
        }

        @Test
        void theRegionFilterKeepsThatRegionsSessionsAndCounters() {
            String patient = api.newPatient();
            api.post(patient, session("low-back", "2026-03-02"));
            api.post(patient, session("neck", "2026-01-12", "levels", List.of("C5-C6")));

            Response response = api.get(patient, Map.of("region", "CERVICAL_THORACIC", "asOf", "2026-03-02"));

            assertThat(response.json().get("sessions")).extracting(s -> s.get("sessionId").asText()).containsExactly("neck");
            assertThat(response.json().get("counters")).hasSize(3)
                    .allSatisfy(c -> assertThat(c.get("region").asText()).isEqualTo("CERVICAL_THORACIC"));
        }

        @Test
        void counterShowsTheNextEligibleDateWhenTheLimitIsReached() {
            String patient = api.newPatient();
            for (String date : List.of("2025-06-10", "2025-09-10", "2025-12-10", "2026-02-10")) {
                api.post(patient, session("t-" + date, date));
            }

            JsonNode counter = lumbarTherapeutic(api.get(patient, Map.of("asOf", "2026-03-10")));

            assertThat(counter.get("usedInWindow").asInt()).isEqualTo(4);
            assertThat(counter.get("nextEligibleDate").asText()).isEqualTo("2026-06-10");
        }

        @Test
        void aPatientWithNoSessionsIs200WithEmptyLists() {
            Response response = api.get(api.newPatient(), null);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("sessions")).isEmpty();
            assertThat(response.json().get("counters")).isEmpty();
            assertThat(response.json().get("policy").asText()).isEqualTo("MEDICARE-FACET-LCD");
        }

        @Test
        void badQueryParametersAre400NamingThem() {
            String patient = api.newPatient();
            assertThat(api.get(patient, Map.of("region", "LUMBAR")).errorFields()).containsExactly("region");
            assertThat(api.get(patient, Map.of("asOf", "03/02/2026")).errorFields()).containsExactly("asOf");
            assertThat(api.get(patient, Map.of("asof", "2026-03-02")).errorFields()).containsExactly("asof");
        }

        private JsonNode lumbarTherapeutic(Response response) {
            return counter(response.json().get("counters"), "LUMBAR_SACRAL", "THERAPEUTIC");
        }
    }

    @Test
    void aBadPatientIdIs400OnPatientIdOnEveryRouteAndIsNeverEchoed() {
        for (String bad : List.of("has space", "x".repeat(65), "semi;colon", "caf\u00e9-42", "../etc")) {
            api.used(bad);
            for (Response response : List.of(
                    api.post(bad, session("appt-1", "2026-03-02")),
                    api.get(bad, null),
                    api.patch(bad, "appt-1", Map.of("status", "CANCELLED")))) {
                assertThat(response.status()).as(response.toString()).isEqualTo(400);
                assertThat(response.errorFields()).containsExactly("patientId");
                assertThat(response.text()).doesNotContain(bad);
            }
        }
    }

    @Test
    void theCommittedEventsForTheSessionsRoutesAreServed() {
        api.used("demo-patient-1");

        Response posted = api.invoke(Events.load("post-session.json"));
        Response listed = api.invoke(Events.load("get-sessions.json"));
        Response patched = api.invoke(Events.load("patch-session.json"));

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("sessions")).extracting(s -> s.get("sessionId").asText()).containsExactly("appt-1001");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().at("/session/status").asText()).isEqualTo("PERFORMED");
        assertThat(api.accessLog()).contains("\"route\":\"POST /patients/{patientId}/sessions\"");
    }

    @Test
    void aLedgerThatKeepsChangingUnderEveryAttemptIs503WithRetryAfterAndNothingOfOursIsWritten() {
        String patient = api.newPatient();
        api.post(patient, session("existing", "2026-01-05"));
        api.handler = api.handler(new RivalWritesFirst(api.ledger), 3);

        Response response = api.post(patient, session("contended", "2026-03-02"));

        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.headers()).containsEntry("Retry-After", "2");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/storage-unavailable");
        assertThat(stored(patient)).extracting(RecordedSession::sessionId).containsExactly("existing");
        assertThat(api.ledger.load(patient).version()).as("three rival writes").isEqualTo(4);
    }

    /**
     * The real DynamoDB ledger, with another writer that always commits just before us: before each
     * of our conditional writes it rewrites the stored item at the next version, so ours is refused
     * by DynamoDB's condition exactly as in a real race.
     */
    private record RivalWritesFirst(SessionLedgerStore real) implements SessionLedgerStore {
        @Override
        public PatientLedger load(String patientId) {
            return real.load(patientId);
        }

        @Override
        public Map<String, PatientLedger> loadAll(Collection<String> patientIds) {
            return real.loadAll(patientIds);
        }

        @Override
        public boolean replaceIfVersion(String patientId, PatientLedger updated, long expectedVersion) {
            PatientLedger current = real.load(patientId);
            real.replaceIfVersion(patientId, new PatientLedger(current.version() + 1, current.sessions()), current.version());
            return real.replaceIfVersion(patientId, updated, expectedVersion);
        }
    }

    private JsonNode lumbarTherapeuticCounter(String patient) {
        return counter(api.get(patient, Map.of("asOf", "2026-03-02")).json().get("counters"), "LUMBAR_SACRAL", "THERAPEUTIC");
    }

    private static JsonNode counter(JsonNode counters, String region, String counter) {
        for (JsonNode c : counters) {
            if (c.get("region").asText().equals(region) && c.get("counter").asText().equals(counter)) {
                return c;
            }
        }
        throw new AssertionError("no counter " + region + "/" + counter + " in " + counters);
    }
}
