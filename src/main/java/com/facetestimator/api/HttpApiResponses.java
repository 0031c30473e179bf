package com.facetestimator.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/** Encodes results and problems as API Gateway HTTP API (payload 2.0) responses. */
public final class HttpApiResponses {
    private HttpApiResponses() {}

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return respond(status, "application/json", body, Map.of());
    }

    public static APIGatewayV2HTTPResponse problem(Problem problem) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        ArrayNode errors = body.putArray("errors");
        problem.errors().forEach(e -> errors.addObject().put("field", e.field()).put("message", e.message()));
        problem.extensions().forEach((name, value) -> body.set(name, Json.MAPPER.valueToTree(value)));
        Map<String, String> extra = problem.retryAfterSeconds() == null
                ? Map.of()
                : Map.of("Retry-After", Integer.toString(problem.retryAfterSeconds()));
        return respond(problem.status(), "application/problem+json", body, extra);
    }

    private static APIGatewayV2HTTPResponse respond(int status, String contentType, Object body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        String text;
        try {
            text = Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(text).build();
    }
}
