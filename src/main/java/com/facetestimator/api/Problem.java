package com.facetestimator.api;

import com.facetestimator.domain.FieldError;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem. {@code type} is a stable relative URI naming the problem kind;
 * {@code detail} is written for the caller and never holds a stack trace, a class name or a
 * patient id.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, Integer retryAfterSeconds,
                      Map<String, Object> extensions) {

    public Problem(String type, String title, int status, String detail, List<FieldError> errors, Integer retryAfterSeconds) {
        this(type, title, status, detail, errors, retryAfterSeconds, Map.of());
    }

    /** RFC 9457 extension members, e.g. the frequency verdict of a 409 limit-exceeded. */
    public Problem withExtension(String name, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, errors, retryAfterSeconds, more);
    }

    public static Problem badRequest(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
        return new Problem("/problems/invalid-request", "The request is invalid", 400, detail, errors, null);
    }

    /**
     * A batch's problems: at most the listed {@code errors}, and {@code total} of them in all (the
     * {@code errorCount} member), so a client fixing a file knows how much is left. A negative
     * total means the list is complete and adds nothing.
     */
    public static Problem badRequest(List<FieldError> errors, int total) {
        if (total < 0) {
            return badRequest(errors);
        }
        Problem listed = badRequest(errors);
        if (total > errors.size()) {
            listed = new Problem(listed.type(), listed.title(), listed.status(),
                    total + " problems; the first " + errors.size() + " are listed in errors", errors, null);
        }
        return listed.withExtension("errorCount", total);
    }

    public static Problem badRequest(String field, String message) {
        return badRequest(List.of(new FieldError(field, message)));
    }

    public static Problem notFound(String field, String detail) {
        return new Problem("/problems/not-found", "Not found", 404, detail, List.of(new FieldError(field, detail)), null);
    }

    public static Problem routeNotFound() {
        return new Problem("/problems/no-such-route", "No such route", 404, "There is no route for this method and path", List.of(), null);
    }

    public static Problem tooLarge(int limitBytes) {
        return new Problem("/problems/body-too-large", "Request body too large", 413,
                "The request body exceeds " + limitBytes + " bytes", List.of(new FieldError("body", "larger than " + limitBytes + " bytes")), null);
    }

    /** More items than one request takes (e.g. appointments of a forecast): refused before reading them. */
    public static Problem tooMany(String field, int limit, String what) {
        String detail = "The request holds more than " + limit + " " + what + "; send at most " + limit + " per request";
        return new Problem("/problems/body-too-large", "Request body too large", 413, detail,
                List.of(new FieldError(field, "more than " + limit + " " + what)), null);
    }

    /** The answer asked for would not fit one response; {@code field} is what asked for it, {@code remedy} says what would fit. */
    public static Problem answerTooLarge(String field, int appointments, int limitBytes, String remedy) {
        return new Problem("/problems/body-too-large", "Answer too large", 413,
                "The answer for " + appointments + " appointments would exceed the " + limitBytes + " bytes one response carries; " + remedy,
                List.of(new FieldError(field, "the answer would exceed " + limitBytes + " bytes")), null);
    }

    public static Problem storageUnavailable(int retryAfterSeconds) {
        return new Problem("/problems/storage-unavailable", "Storage temporarily unavailable", 503,
                "The data store could not be reached or was busy; nothing was written. Retry later.", List.of(), retryAfterSeconds);
    }

    public static Problem internal() {
        return new Problem("/problems/internal", "Internal error", 500,
                "The request could not be completed; the error was logged", List.of(), null);
    }
}
