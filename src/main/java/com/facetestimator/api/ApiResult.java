package com.facetestimator.api;

/**
 * A successful route result: status, a body and its media type. A body still to be written is
 * a value {@link JsonCodec} writes (maps, lists, scalars); a body already written (a route that
 * must know its answer's size, or answers CSV) is text sent as it is.
 */
public record ApiResult(int status, Object body, String contentType, boolean written) {
    static final String JSON = "application/json";

    public ApiResult(int status, Object body) {
        this(status, body, JSON, false);
    }

    public static ApiResult ok(Object body) {
        return new ApiResult(200, body);
    }

    /** Text already written in its media type, e.g. {@code text/csv; charset=utf-8}, or JSON written by {@link JsonCodec}. */
    public static ApiResult written(int status, String contentType, String body) {
        return new ApiResult(status, body, contentType, true);
    }
}
