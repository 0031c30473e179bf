package com.facetestimator.api;

/** A successful route result: status and a body of the types {@link JsonCodec#write} writes. */
public record ApiResult(int status, Object body) {
    public static ApiResult ok(Object body) {
        return new ApiResult(200, body);
    }
}
