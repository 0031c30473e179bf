package com.facetestimator.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies the API tests start from; each call returns a fresh, mutable copy. */
public final class SampleRequests {
    private SampleRequests() {}

    /**
     * docs/API.md's worked example: Medicare, office, 2026-03-02, therapeutic injection, L4-L5 and L5-S1
     * bilateral under fluoroscopy, national, deductible met.
     */
    public static ObjectNode workedExample() {
        ObjectNode a = OpenApiDocument.JSON.createObjectNode();
        a.put("payerId", Payers.MEDICARE);
        a.put("siteOfService", "OFFICE");
        a.put("dateOfService", "2026-03-02");
        a.put("procedure", "INJECTION");
        a.put("purpose", "THERAPEUTIC");
        a.putArray("levels").add("L4-L5").add("L5-S1");
        a.put("laterality", "BILATERAL");
        a.put("guidance", "FLUOROSCOPY");
        a.putObject("coverage").put("deductibleRemaining", 0);
        return a;
    }

    /** The worked example as a session to record (no patientId: it is in the path). */
    public static ObjectNode session(String sessionId, String date, String status) {
        ObjectNode s = workedExample();
        s.remove("coverage");
        s.put("dateOfService", date);
        s.put("sessionId", sessionId);
        s.put("status", status);
        return s;
    }

    /** A forecast body whose appointments are the given objects (each needs its appointmentId). */
    public static ObjectNode forecast(ObjectNode... appointments) {
        ObjectNode body = OpenApiDocument.JSON.createObjectNode();
        ArrayNode list = body.putArray("appointments");
        for (ObjectNode a : appointments) {
            list.add(a);
        }
        return body;
    }

    public static ObjectNode forecastAppointment(String appointmentId, String patientId, String date) {
        ObjectNode a = workedExample();
        a.put("appointmentId", appointmentId);
        if (patientId != null) {
            a.put("patientId", patientId);
        }
        a.put("dateOfService", date);
        return a;
    }
}
