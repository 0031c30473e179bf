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

    /**
     * Lambda's limit for a synchronous response: 6 MB (6,291,456 bytes) for the whole payload, the
     * body carried JSON-escaped inside it.
     */
    static final int LAMBDA_RESPONSE_BYTES = 6_291_456;
    /** Room kept for the rest of the payload: status, headers and the JSON around the body. */
    private static final int ENVELOPE_BYTES = 2_048;

    /** Whether {@code body} fits a Lambda response, as the runtime will carry it (UTF-8, JSON-escaped). */
    static boolean fitsLambdaResponse(String body) {
        return escapedLength(body) + ENVELOPE_BYTES <= LAMBDA_RESPONSE_BYTES;
    }

    /** The bytes of {@code text} as a JSON string's content: quotes, backslashes and controls escaped. */
    static long escapedLength(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                bytes += 2;
            } else if (c < 0x20) {
                bytes += 6; // a six-character escape
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : 3;
            }
        }
        return bytes;
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return respond(status, "application/json", body, Map.of());
    }

    /** A route's result: a value written by {@link JsonCodec} now, or text its route has already written. */
    static APIGatewayV2HTTPResponse result(ApiResult result) {
        if (!result.written()) {
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
