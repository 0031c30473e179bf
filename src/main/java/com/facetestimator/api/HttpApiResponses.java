package com.facetestimator.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Encodes results and problems as API Gateway HTTP API (payload 2.0) responses. */
public final class HttpApiResponses {
    private HttpApiResponses() {}

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return respond(status, "application/json", body, Map.of());
    }

    /** A route's result: JSON written by {@link JsonCodec}, any other media type's text as it is. */
    static APIGatewayV2HTTPResponse result(ApiResult result) {
        if (result.isJson()) {
            return json(result.status(), result.body());
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", result.contentType());
        headers.put("Cache-Control", "no-store");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(result.status()).withHeaders(headers)
                .withBody((String) result.body()).build();
    }

    public static APIGatewayV2HTTPResponse problem(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        List<Map<String, String>> errors = new ArrayList<>();
        problem.errors().forEach(e -> {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("field", e.field());
            error.put("message", e.message());
            errors.add(error);
        });
        body.put("errors", errors);
        body.putAll(problem.extensions()); // written by JsonCodec like any body: no other encoder
        Map<String, String> extra = problem.retryAfterSeconds() == null
                ? Map.of()
                : Map.of("Retry-After", Integer.toString(problem.retryAfterSeconds()));
        return respond(problem.status(), "application/problem+json", body, extra);
    }

    private static APIGatewayV2HTTPResponse respond(int status, String contentType, Object body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        String text = JsonCodec.write(body);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(text).build();
    }
}
