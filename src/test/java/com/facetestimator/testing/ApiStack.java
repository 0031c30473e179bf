package com.facetestimator.testing;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.api.LambdaContainer;
import com.facetestimator.local.LocalApiServer;
import com.facetestimator.local.LocalContext;
import com.facetestimator.local.TemplateRoutes;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.TableNames;
import com.facetestimator.tools.ReferenceDataPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole API as a client sees it, once per test JVM: the test DynamoDB endpoint with fresh
 * tables holding the bundled reference data (published by {@link ReferenceDataPublisher}), the handlers Lambda runs (built from template.yaml, with
 * their no-argument constructors, so they share {@link LambdaContainer} like a warm container),
 * and {@link LocalApiServer} in front of them on a free loopback port.
 *
 * <p>One instance per JVM because {@link LambdaContainer} is a per-JVM singleton that reads its
 * endpoint and table names once. Tests that record sessions use their own patient ids.
 */
public final class ApiStack {
    public static final Path TEMPLATE = Path.of("template.yaml");
    private static ApiStack shared;

    private final DynamoDbClient dynamo;
    private final TableNames tables;
    private final LocalApiServer server;
    private final HttpClient http;
    private final Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new HashMap<>();
    private final List<ResponseListener> listeners = new CopyOnWriteArrayList<>();

    private ApiStack() throws IOException {
        String endpoint = DynamoDbTestEndpoint.endpoint();
        dynamo = DynamoDbTestEndpoint.client();
        tables = DynamoDbTestEndpoint.freshTables(dynamo);
        System.setProperty(DynamoDbClients.ENDPOINT_PROPERTY, endpoint);
        System.setProperty("facet.fees.table", tables.fees());
        System.setProperty("facet.sessions.table", tables.sessions());
        TableNames used = LambdaContainer.get().tables();
        if (!used.equals(tables)) {
            throw new IllegalStateException("LambdaContainer was built before ApiStack with tables " + used
                    + "; tests that need the container must use ApiStack.shared()");
        }
        new ReferenceDataPublisher(dynamo, tables, line -> { }).publishBundled();
        server = LocalApiServer.start(TEMPLATE, 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> byClass = new HashMap<>();
        for (TemplateRoutes.Route route : TemplateRoutes.routes(TEMPLATE)) {
            handlers.put(route.routeKey(), byClass.computeIfAbsent(route.handlerClass(), TemplateRoutes::newHandler));
        }
    }

    public static synchronized ApiStack shared() {
        if (shared == null) {
            try {
                shared = new ApiStack();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::close, "local-api-stop"));
        }
        return shared;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public TableNames tables() {
        return tables;
    }

    public LocalApiServer server() {
        return server;
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** The handler instance Lambda would run for {@code routeKey} (e.g. {@code GET /payers}). */
    public RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String routeKey) {
        var handler = handlers.get(routeKey);
        if (handler == null) {
            throw new IllegalArgumentException("template.yaml has no route " + routeKey);
        }
        return handler;
    }

    /** Invokes the route's handler in-process, as Lambda would, with a fresh request id. */
    public APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
        String routeKey = event.getRouteKey();
        return handler(routeKey).handleRequest(event, new LocalContext(UUID.randomUUID().toString(), "test"));
    }

    /** One HTTP exchange with the local server; {@code body} null sends none. */
    public HttpResponse<String> send(String method, String pathAndQuery, String body) {
        return send(method, pathAndQuery, body, body == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    /** One HTTP exchange with these request headers (e.g. {@code Content-Type: text/csv}, {@code Accept}). */
    public HttpResponse<String> send(String method, String pathAndQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (ResponseListener listener : listeners) {
                listener.seen(method, pathAndQuery, response);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sees every response {@link #send} returns while registered. */
    public interface ResponseListener {
        void seen(String method, String pathAndQuery, HttpResponse<String> response);
    }

    /**
     * Checks every response {@link #send} returns, until the returned handle is closed, against
     * openapi.yaml, adding each mismatch to {@code problems}: for tests that should also prove
     * whatever they see is documented.
     */
    public AutoCloseable checkEveryResponse(OpenApiDocument spec, List<String> problems) {
        ResponseListener listener = (method, pathAndQuery, response) -> spec.checkExchange(method, pathAndQuery, response)
                .forEach(p -> problems.add(method + " " + pathAndQuery + ": " + p));
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A patient id no other test uses. */
    public static String newPatientId(String label) {
        return "t-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

}
