package com.facetestimator.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.UUID;

/** API Gateway HTTP API (payload 2.0) events built in code, as the gateway would send them. */
public final class HttpEvents {
    private HttpEvents() {}

    /**
     * @param routeKey   e.g. {@code GET /payers/{payerId}/fees}
     * @param pathParams already decoded, as the gateway passes them; null for none
     * @param query      decoded query parameters; null for none
     * @param body       null for none
     */
    public static APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> pathParams, Map<String, String> query, String body) {
        return event(routeKey, pathParams, query, body, false);
    }

    public static APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> pathParams, Map<String, String> query, String body,
                                              boolean base64) {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        if (pathParams != null) {
            for (var p : pathParams.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", p.getValue() == null ? "" : p.getValue());
            }
        }
        String requestId = UUID.randomUUID().toString();
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(method).withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").withUserAgent("test").build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(requestId).withRouteKey(routeKey).withStage("$default").withApiId("test").withHttp(http).build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withRawQueryString("")
                .withHeaders(Map.of("content-type", "application/json"))
                .withPathParameters(pathParams)
                .withQueryStringParameters(query)
                .withBody(body)
                .withIsBase64Encoded(base64)
                .withRequestContext(context)
                .build();
    }
}
