package com.facetestimator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;

/**
 * One structured JSON line per request: request id, route key (a template such as
 * {@code POST /patients/{patientId}/sessions}, never the raw path, which would hold a patient
 * id), status and latency. Bodies, query strings and path values are never logged.
 */
public final class AccessLog {
    private static volatile PrintStream out = System.out;

    private AccessLog() {}

    /** Tests capture the log here. */
    public static void redirect(PrintStream stream) {
        out = stream;
    }

    public static void request(String requestId, String route, int status, long latencyMicros) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("msg", "request");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("status", status);
        line.put("latencyMs", latencyMicros / 1000.0);
        out.println(line);
    }

    /** An unexpected failure: the exception class and stack stay in the log, never in a response. */
    public static void failure(String requestId, String route, Throwable error) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("level", "ERROR");
        line.put("msg", "unhandled");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("error", error.getClass().getName());
        StringBuilder frames = new StringBuilder();
        for (StackTraceElement frame : error.getStackTrace()) {
            frames.append(frame).append('\n');
            if (frames.length() > 4000) {
                break;
            }
        }
        line.put("stack", frames.toString());
        out.println(line);
    }
}
