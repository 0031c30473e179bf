package com.facetestimator.api;

import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.AtRiskReason;
import com.facetestimator.domain.estimate.Forecast;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** POST /forecasts in JSON: the request's appointments in, the forecast out (API.md's shapes). */
final class ForecastJson {
    private ForecastJson() {}

    /** {@code {"appointments": [...]}}: every appointment through {@link AppointmentReader}, problems named by JSON path. */
    static ForecastRequest read(String text) {
        JsonNode body = JsonFields.parseObject(text);
        JsonFields fields = new JsonFields(RevenueForecast.MAX_LISTED_ERRORS, false);
        fields.onlyKnown(body, "", Set.of("appointments"));
        JsonNode list = body.get("appointments");
        if (list == null || !list.isArray()) {
            fields.add("appointments", "must be an array of appointments");
            fields.throwIfAny();
        }
        if (list.size() > RevenueForecast.MAX_APPOINTMENTS) {
            throw new ProblemException(Problem.tooMany("appointments", RevenueForecast.MAX_APPOINTMENTS, "appointments"));
        }
        if (list.isEmpty()) {
            fields.add("appointments", "must hold 1 to " + RevenueForecast.MAX_APPOINTMENTS + " appointments");
        }
        List<RevenueForecast.Planned> planned = new ArrayList<>(list.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String prefix = "appointments[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                fields.add(prefix, "must be an object");
                continue;
            }
            String id = fields.id(item, prefix, "appointmentId", true);
            if (id != null && !ids.add(id)) {
                fields.add(prefix + ".appointmentId", "repeats an earlier appointmentId");
            }
            Appointment appointment = AppointmentReader.read(item, prefix, fields, Set.of("appointmentId"));
            if (appointment != null && id != null) {
                planned.add(new RevenueForecast.Planned(id, appointment));
            }
        }
        fields.throwIfAny();
        return new ForecastRequest(planned, (index, field) -> "appointments[" + index + "]." + field, null);
    }

    static Map<String, Object> write(Forecast f, boolean rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", f.count());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("allowed", EstimateJson.money(f.totals().allowed()));
        totals.put("payerPays", EstimateJson.money(f.totals().payerPays()));
        totals.put("patientPays", EstimateJson.money(f.totals().patientPays()));
        totals.put("atRiskAllowed", EstimateJson.money(f.totals().atRiskAllowed()));
        body.put("totals", totals);
        body.put("byMonth", buckets(f.byMonth(), "month"));
        body.put("byPayer", buckets(f.byPayer(), "payerId"));
        body.put("bySite", buckets(f.bySite(), "siteOfService"));
        body.put("atRisk", f.atRisk().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("appointmentId", r.appointmentId());
            m.put("dateOfService", r.dateOfService().toString());
            m.put("reasons", codes(r.reasons()));
            return m;
        }).toList());
        // Each reason's plain text once, with how much rides on it, rather than on every appointment.
        body.put("atRiskReasons", f.byReason().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", r.reason().code());
            m.put("text", r.reason().text());
            m.put("count", r.count());
            m.put("allowed", EstimateJson.money(r.allowed()));
            return m;
        }).toList());
        if (rows) {
            body.put("appointments", f.appointments().stream().map(a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("appointmentId", a.appointmentId());
                m.put("codes", a.codes());
                m.put("allowed", EstimateJson.money(a.allowed()));
                m.put("payerPays", EstimateJson.money(a.payerPays()));
                m.put("patientPays", EstimateJson.money(a.patientPays()));
                m.put("atRisk", a.atRisk());
                m.put("reasons", codes(a.reasons()));
                return m;
            }).toList());
        }
        return body;
    }

    private static List<String> codes(List<AtRiskReason> reasons) {
        return reasons.stream().map(AtRiskReason::code).toList();
    }

    private static List<Map<String, Object>> buckets(List<Forecast.Bucket> buckets, String keyName) {
        return buckets.stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(keyName, b.key());
            m.put("count", b.count());
            m.put("allowed", EstimateJson.money(b.allowed()));
            m.put("payerPays", EstimateJson.money(b.payerPays()));
            m.put("patientPays", EstimateJson.money(b.patientPays()));
            m.put("atRiskAllowed", EstimateJson.money(b.atRiskAllowed()));
            return m;
        }).toList();
    }
}
