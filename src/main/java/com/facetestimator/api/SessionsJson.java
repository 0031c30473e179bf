package com.facetestimator.api;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.coding.SpinalRegion;
import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.SessionBooking;
import com.facetestimator.domain.estimate.SessionOverview;
import com.facetestimator.domain.frequency.FrequencyVerdict;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.SessionStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Requests and responses of the sessions routes. Every request is fully validated here, path
 * parameters included, before any storage call; identifier values (patient ids, session ids)
 * are never repeated in an error.
 */
final class SessionsJson {

    /** POST body: the appointment fields (minus {@code patientId}, which is the path's) plus these. */
    static final Set<String> SESSION_FIELDS = Set.of("sessionId", "status", "requireWithinLimit");

    static final Set<String> PATCH_FIELDS = Set.of("status");
    static final List<String> QUERY_PARAMETERS = List.of("region", "asOf");

    private SessionsJson() {}

    record Booking(String patientId, SessionBooking booking) {}

    record StatusChange(String patientId, String sessionId, SessionStatus status) {}

    /** @param region null for all regions; @param asOf null for today */
    record Listing(String patientId, SpinalRegion region, LocalDate asOf) {}

    static Booking booking(ApiRequest request) {
        JsonFields fields = new JsonFields();
        String patientId = fields.pathId(request, "patientId");
        Map<String, Object> body = body(fields, request);
        if (body.containsKey("patientId")) {
            body.remove("patientId");
            fields.add("patientId", "is not a field of the body: the patient is the path's patientId");
        }
        Appointment appointment = AppointmentReader.read(body, "", fields, SESSION_FIELDS);
        String sessionId = fields.id(body, "", "sessionId", true);
        SessionStatus status = fields.enumValue(body, "", "status", SessionStatus.class, true);
        if (status == SessionStatus.CANCELLED) {
            fields.add("status", "must be SCHEDULED or PERFORMED for a new session; cancel one with PATCH");
        }
        Boolean requireWithinLimit = fields.bool(body, "", "requireWithinLimit");
        fields.throwIfAny();
        return new Booking(patientId, new SessionBooking(sessionId, appointment, status, Boolean.TRUE.equals(requireWithinLimit)));
    }

    static StatusChange statusChange(ApiRequest request) {
        JsonFields fields = new JsonFields();
        String patientId = fields.pathId(request, "patientId");
        String sessionId = fields.pathId(request, "sessionId");
        Map<String, Object> body = body(fields, request);
        fields.onlyKnown(body, "", PATCH_FIELDS);
        SessionStatus status = fields.enumValue(body, "", "status", SessionStatus.class, true);
        fields.throwIfAny();
        return new StatusChange(patientId, sessionId, status);
    }

    static Listing listing(ApiRequest request) {
        JsonFields fields = new JsonFields();
        String patientId = fields.pathId(request, "patientId");
        fields.onlyKnownQuery(request, QUERY_PARAMETERS);
        SpinalRegion region = fields.enumValue(request.query("region"), "region", SpinalRegion.class);
        String asOfText = request.query("asOf");
        LocalDate asOf = asOfText == null ? null : fields.date(asOfText, "asOf");
        fields.throwIfAny();
        return new Listing(patientId, region, asOf);
    }

    /** POST 201/200 and the limit-exceeded problem's member: the session and the verdict (omitted without a policy). */
    static Map<String, Object> recorded(RecordedSession session, FrequencyVerdict verdict) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session", FrequencyJson.session(session));
        if (verdict != null) {
            body.put("frequency", FrequencyJson.verdict(verdict));
        }
        return body;
    }

    static Map<String, Object> session(RecordedSession session) {
        return Map.of("session", FrequencyJson.session(session));
    }

    static Map<String, Object> overview(SessionOverview overview) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("policy", overview.policyId());
        // The version the counters were counted against: its revision, effective period and source.
        var version = overview.policyVersion();
        Map<String, Object> policyVersion = null;
        if (version != null) {
            policyVersion = new LinkedHashMap<>();
            policyVersion.put("revision", version.revision());
            policyVersion.put("effectiveFrom", version.effectiveFrom().toString());
            policyVersion.put("effectiveTo", version.effectiveTo() == null ? null : version.effectiveTo().toString());
            policyVersion.put("source", version.source());
        }
        body.put("policyVersion", policyVersion);
        body.put("asOf", overview.asOf().toString());
        body.put("sessions", overview.sessions().stream().map(FrequencyJson::session).toList());
        body.put("counters", overview.counters().stream().map(FrequencyJson::counter).toList());
        return body;
    }

    static Problem sessionConflict() {
        return new Problem("/problems/session-conflict", "Session conflict", 409,
                "A session with this sessionId is already recorded with different content; nothing was written."
                        + " Send the identical session to retry, PATCH its status, or use a new sessionId.",
                List.of(new FieldError("sessionId", "already recorded with different content")),
                null);
    }

    static Problem limitExceeded(FrequencyVerdict verdict) {
        String next = verdict.nextEligibleDate() == null ? "" : " The next eligible date is " + verdict.nextEligibleDate() + ".";
        return new Problem("/problems/limit-exceeded", "Frequency limit exceeded", 409,
                "The session would exceed the payer's frequency limit of " + verdict.limit() + " "
                        + verdict.counter().description() + " sessions per region in a rolling window, and"
                        + " requireWithinLimit was set; nothing was recorded." + next,
                List.of(new FieldError("dateOfService", "exceeds the frequency limit")),
                null)
                .withExtension("frequency", FrequencyJson.verdict(verdict));
    }

    /** The body as a JSON object; when it is not one, its problem joins those of the path and the request fails. */
    private static Map<String, Object> body(JsonFields fields, ApiRequest request) {
        try {
            return JsonFields.parseObject(request.body());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> fields.add(error.field(), error.message()));
            fields.throwIfAny();
            throw e; // unreachable: fields has at least this error
        }
    }
}
