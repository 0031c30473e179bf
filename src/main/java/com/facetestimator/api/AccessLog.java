package com.facetestimator.api;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put("msg", "request");
        line.put("requestId", requestId);
        line.put("route", route);
        line.put("status", status);
        line.put("latencyMs", latencyMicros / 1000.0);
        out.println(JsonCodec.write(line));
    }

    /** An unexpected failure: the exception class and stack stay in the log, never in a response. */
    public static void failure(String requestId, String route, Throwable error) {
        Map<String, Object> line = new LinkedHashMap<>();
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
        out.println(JsonCodec.write(line));
    }
}
