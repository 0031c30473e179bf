package com.facetestimator.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One structured JSON line per request: request id, route key (a template such as
 * {@code POST /patients/{patientId}/sessions}, never the raw path, which would hold a patient
 * id), status and latency. Bodies, query strings and path values are never logged. Where the
 * lines go is the caller's: Lambda's container writes them to standard output (CloudWatch),
 * tests hand in their own sink.
 */
public final class AccessLog {
    private final Consumer<String> sink;

    /** @param sink receives each line, without its line break */
    public AccessLog(Consumer<String> sink) {
        this.sink = java.util.Objects.requireNonNull(sink, "sink");
    }

    /** Lines to standard output, where Lambda sends them to CloudWatch. */
    public static AccessLog standardOutput() {
        return new AccessLog(line -> System.out.println(line));
    }

    public void request(String requestId, String route, int status, long latencyMicros) {
        Map<String, Object> line = line(status >= 500 ? "ERROR" : "INFO", "request", requestId, route);
        line.put("status", status);
        line.put("latencyMs", latencyMicros / 1000.0);
        sink.accept(JsonCodec.write(line));
    }

    /**
     * Storage could not answer (a 503): expected now and then, so a WARN with the cause's class
     * and message and no stack, which would say nothing more.
     */
    public void storageUnavailable(String requestId, String route, Throwable error) {
        Map<String, Object> line = line("WARN", "storage unavailable", requestId, route);
        line.put("error", error.getClass().getName());
        Throwable cause = error.getCause() == null ? error : error.getCause();
        line.put("cause", cause.getClass().getName() + ": " + shortened(cause.getMessage()));
        sink.accept(JsonCodec.write(line));
    }

    /** An unexpected failure: the exception class and stack stay in the log, never in a response. */
    public void failure(String requestId, String route, Throwable error) {
        Map<String, Object> line = line("ERROR", "unhandled", requestId, route);
        line.put("error", error.getClass().getName());
        StringBuilder frames = new StringBuilder();
        for (StackTraceElement frame : error.getStackTrace()) {
            frames.append(frame).append('\n');
            if (frames.length() > 4000) {
                break;
            }
        }
        line.put("stack", frames.toString());
        sink.accept(JsonCodec.write(line));
    }

    private static Map<String, Object> line(String level, String msg, String requestId, String route) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", level);
        line.put("msg", msg);
        line.put("requestId", requestId);
        line.put("route", route);
        return line;
    }

    private static String shortened(String message) {
        if (message == null) {
            return "";
        }
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
