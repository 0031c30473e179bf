package com.facetestimator.api;

/** A successful route result: status and a body for Jackson to encode. */
public record ApiResult(int status, Object body) {
    public static ApiResult ok(Object body) {
        return new ApiResult(200, body);
    }
}
