package com.facetestimator.api;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.frequency.CounterStatus;
import com.facetestimator.domain.frequency.FrequencyVerdict;
import com.facetestimator.domain.frequency.RecordedSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of recorded sessions, frequency verdicts, counters and findings, shared by the
 * sessions routes and the estimate's {@code frequency} member so they cannot drift apart.
 * Members keep a fixed order and are always present (null when not applicable); dates are
 * {@code YYYY-MM-DD} strings. Nothing here carries a patient id.
 */
public final class FrequencyJson {
    private FrequencyJson() {}

    /** A session as recorded: appointment content, status, and the region and counter it counts toward. */
    public static Map<String, Object> session(RecordedSession s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sessionId", s.sessionId());
        json.put("dateOfService", date(s.dateOfService()));
        json.put("payerId", s.payerId());
        json.put("siteOfService", s.siteOfService().name());
        json.put("procedure", s.procedure().name());
        json.put("purpose", s.purpose() == null ? null : s.purpose().name());
        json.put("levels", s.levels().stream().map(FacetLevel::label).toList());
        json.put("laterality", s.laterality().name());
        json.put("guidance", s.guidance().name());
        json.put("status", s.status().name());
        json.put("region", s.region().name());
        json.put("counter", s.counter().name());
        return json;
    }

    /** The {@code frequency} object of docs/API.md, with the liability modifier and the verdict's findings. */
    public static Map<String, Object> verdict(FrequencyVerdict v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("region", v.region().name());
        json.put("counter", v.counter().name());
        json.put("limit", v.limit());
        json.put("window", v.window());
        json.put("usedInWindow", v.usedInWindow());
        json.put("exceeded", v.exceeded());
        json.put("nextEligibleDate", date(v.nextEligibleDate()));
        json.put("liabilityModifier", v.liabilityModifier());
        json.put("findings", findings(v.findings()));
        return json;
    }

    /** One counter of GET /patients/{patientId}/sessions. */
    public static Map<String, Object> counter(CounterStatus c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("region", c.region().name());
        json.put("counter", c.counter().name());
        json.put("limit", c.limit());
        json.put("usedInWindow", c.usedInWindow());
        json.put("nextEligibleDate", date(c.nextEligibleDate()));
        return json;
    }

    public static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(FrequencyJson::finding).toList();
    }

    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", f.severity().name());
        json.put("ruleId", f.ruleId());
        json.put("message", f.message());
        json.put("citation", f.citation());
        json.put("confidence", f.confidence().name());
        return json;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
