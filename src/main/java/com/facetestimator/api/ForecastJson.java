package com.facetestimator.api;

import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.AtRiskReason;
import com.facetestimator.domain.estimate.Forecast;
import com.facetestimator.domain.estimate.RevenueForecast;
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
        Map<String, Object> body = JsonFields.parseObject(text);
        JsonFields fields = new JsonFields(FieldRules.MAX_REPORTED_ERRORS, false);
        fields.onlyKnown(body, "", Set.of("appointments"));
        List<?> list = body.get("appointments") instanceof List<?> items ? items : null;
        if (list == null) {
            fields.add("appointments", body.containsKey("appointments") ? "must be an array of appointments" : "is required");
        }
        fields.throwIfAny();
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
            Map<String, Object> item = JsonFields.asObject(list.get(i));
            if (item == null) {
                fields.add(prefix, "must be an object");
                continue;
            }
            // Each appointment on its own, so every problem is counted exactly beyond the listed ones.
            JsonFields own = new JsonFields();
            String id = own.id(item, prefix, "appointmentId", true);
            if (id != null && !ids.add(id)) {
                own.add(prefix + ".appointmentId", "repeats an earlier appointmentId");
            }
            Appointment appointment = AppointmentReader.read(item, prefix, own, Set.of("appointmentId"));
            own.errors().forEach(e -> fields.add(e.field(), e.message()));
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
        MoneyJson.putSplit(totals, f.totals().allowed(), f.totals().payerPays(), f.totals().patientPays());
        totals.put("atRiskAllowed", MoneyJson.money(f.totals().atRiskAllowed()));
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
            m.put("allowed", MoneyJson.money(r.allowed()));
            return m;
        }).toList());
        if (rows) {
            body.put("appointments", f.appointments().stream().map(a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("appointmentId", a.appointmentId());
                m.put("codes", a.codes());
                MoneyJson.putSplit(m, a.allowed(), a.payerPays(), a.patientPays());
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
            MoneyJson.putSplit(m, b.allowed(), b.payerPays(), b.patientPays());
            m.put("atRiskAllowed", MoneyJson.money(b.atRiskAllowed()));
            return m;
        }).toList();
    }
}
