package com.facetestimator.api;

import java.util.Locale;
import java.util.Map;

/**
 * What a route action sees of an HTTP API event: already size-checked, body decoded. Header
 * names are lower case, as API Gateway's payload 2.0 delivers them.
 */
public record ApiRequest(String routeKey, Map<String, String> pathParameters, Map<String, String> queryParameters, String body,
                         Map<String, String> headers) {
    public ApiRequest {
        pathParameters = pathParameters == null ? Map.of() : pathParameters;
        queryParameters = queryParameters == null ? Map.of() : queryParameters;
        headers = headers == null ? Map.of() : headers;
    }

    public ApiRequest(String routeKey, Map<String, String> pathParameters, Map<String, String> queryParameters, String body) {
        this(routeKey, pathParameters, queryParameters, body, Map.of());
    }

    public String path(String name) {
        return pathParameters.get(name);
    }

    public String query(String name) {
        return queryParameters.get(name);
    }

    /** A header's value, by its name in any case; null when absent. */
    public String header(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String value = headers.get(lower);
        if (value != null) {
            return value;
        }
        for (Map.Entry<String, String> h : headers.entrySet()) { // events built by hand may keep the client's case
            if (h.getKey().equalsIgnoreCase(lower)) {
                return h.getValue();
            }
        }
        return null;
    }
}
