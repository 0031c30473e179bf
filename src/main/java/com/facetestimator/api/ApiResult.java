package com.facetestimator.api;

/**
 * A successful route result: status, a body and its media type. A JSON body is a value
 * {@link JsonCodec} writes (maps, lists, scalars); any other media type carries its text as it is.
 */
public record ApiResult(int status, Object body, String contentType) {
    static final String JSON = "application/json";

    public ApiResult(int status, Object body) {
        this(status, body, JSON);
    }

    public static ApiResult ok(Object body) {
        return new ApiResult(200, body);
    }

    /** A text answer in another media type, e.g. {@code text/csv; charset=utf-8}. */
    public static ApiResult text(int status, String contentType, String body) {
        return new ApiResult(status, body, contentType);
    }

    boolean isJson() {
        return JSON.equals(contentType);
    }
}
