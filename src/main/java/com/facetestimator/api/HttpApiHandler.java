package com.facetestimator.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.NotFoundException;
import com.facetestimator.domain.StorageUnavailableException;
import com.facetestimator.domain.frequency.LedgerContentionException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The shared edge of every function: route by the event's route key, refuse oversized bodies
 * before parsing, run the route's action, and turn every failure into a problem response.
 * Subclasses only declare their routes.
 */
public abstract class HttpApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /**
     * Bodies of the single-appointment routes over 1 MB are refused before parsing: one
     * appointment or session is under 2 KB, and the cap bounds what a hostile body can make the
     * parser do on the routes a front desk waits on.
     */
    public static final int MAX_BODY_BYTES = 1_000_000;
    /**
     * Batch routes (forecasts) take up to 6,000,000 bytes: Lambda's synchronous payload limit is
     * 6 MB (6,291,456 bytes) for the whole event, so this leaves room for the event around the body.
     */
    public static final int MAX_BATCH_BODY_BYTES = 6_000_000;
    static final int RETRY_AFTER_SECONDS = 2;

    private final Map<String, Function<ApiRequest, ApiResult>> routes;
    private final Map<String, Integer> bodyLimits;
    private final AccessLog log;

    protected HttpApiHandler(Map<String, Function<ApiRequest, ApiResult>> routes, AccessLog log) {
        this(routes, Map.of(), log);
    }

    /**
     * @param bodyLimits the routes that take more than {@link #MAX_BODY_BYTES}, with their limit
     * @param log        where each request's line goes
     */
    protected HttpApiHandler(Map<String, Function<ApiRequest, ApiResult>> routes, Map<String, Integer> bodyLimits, AccessLog log) {
        this.routes = Map.copyOf(routes);
        this.bodyLimits = Map.copyOf(bodyLimits);
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The largest body {@code routeKey} reads; larger ones are a 413 before parsing. */
    public final int maxBodyBytes(String routeKey) {
        return bodyLimits.getOrDefault(routeKey, MAX_BODY_BYTES);
    }

    /** The route keys this handler serves, e.g. {@code GET /payers}. */
    public final java.util.Set<String> routeKeys() {
        return routes.keySet();
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        String requestId = requestId(event, context);
        String routeKey = event == null || event.getRouteKey() == null ? "-" : event.getRouteKey();
        APIGatewayV2HTTPResponse response;
        try {
            response = dispatch(event, routeKey);
        } catch (InvalidInputException e) {
            response = HttpApiResponses.problem(Problem.badRequest(e.errors(), e.total()));
        } catch (NotFoundException e) {
            response = HttpApiResponses.problem(Problem.notFound(e.field(), e.getMessage()));
        } catch (RuntimeException e) {
            response = failure(requestId, routeKey, e);
        }
        log.request(requestId, routeKey, response.getStatusCode(), (System.nanoTime() - started) / 1000);
        return response;
    }

    private APIGatewayV2HTTPResponse dispatch(APIGatewayV2HTTPEvent event, String routeKey) {
        Function<ApiRequest, ApiResult> action = routes.get(routeKey);
        if (action == null) {
            return HttpApiResponses.problem(Problem.routeNotFound());
        }
        int limit = maxBodyBytes(routeKey);
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) {
            if (body.length() > limit * 4L / 3 + 4) {
                return HttpApiResponses.problem(Problem.tooLarge(limit));
            }
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return HttpApiResponses.problem(Problem.badRequest("body", "is not valid base64"));
            }
        }
        if (body != null && utf8Length(body, limit) > limit) {
            return HttpApiResponses.problem(Problem.tooLarge(limit));
        }
        ApiResult result = action.apply(new ApiRequest(routeKey, event.getPathParameters(), event.getQueryStringParameters(), body,
                event.getHeaders()));
        return HttpApiResponses.result(result);
    }

    /**
     * Any problem raised by a route is answered as it is. Storage that could not answer, or a
     * patient's ledger that kept changing under every retry, is transient and wrote nothing: a
     * 503 and a WARN. Anything else is a bug: a 500 and the stack in the log.
     */
    private APIGatewayV2HTTPResponse failure(String requestId, String routeKey, RuntimeException e) {
        if (e instanceof ProblemException problem) {
            return HttpApiResponses.problem(problem.problem());
        }
        if (e instanceof StorageUnavailableException || e instanceof LedgerContentionException) {
            log.storageUnavailable(requestId, routeKey, e);
            return HttpApiResponses.problem(Problem.storageUnavailable(RETRY_AFTER_SECONDS));
        }
        log.failure(requestId, routeKey, e);
        return HttpApiResponses.problem(Problem.internal());
    }

    private static int utf8Length(String s, int limit) {
        if (s.length() > limit) {
            return s.length(); // every char is at least one byte: already over
        }
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static String requestId(APIGatewayV2HTTPEvent event, Context context) {
        if (context != null && context.getAwsRequestId() != null) {
            return context.getAwsRequestId();
        }
        if (event != null && event.getRequestContext() != null && event.getRequestContext().getRequestId() != null) {
            return event.getRequestContext().getRequestId();
        }
        return UUID.randomUUID().toString();
    }
}
