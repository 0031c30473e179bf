package com.facetestimator.api;

import java.util.Map;

/** What a route action sees of an HTTP API event: already size-checked, body decoded. */
public record ApiRequest(String routeKey, Map<String, String> pathParameters, Map<String, String> queryParameters, String body) {
    public ApiRequest {
        pathParameters = pathParameters == null ? Map.of() : pathParameters;
        queryParameters = queryParameters == null ? Map.of() : queryParameters;
    }

    public String path(String name) {
        return pathParameters.get(name);
    }

    public String query(String name) {
        return queryParameters.get(name);
    }
}
