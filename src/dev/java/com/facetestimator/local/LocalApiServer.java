package com.facetestimator.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.api.HttpApiHandler;
import com.facetestimator.api.HttpApiResponses;
import com.facetestimator.api.Problem;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Plain HTTP in front of the same handler classes Lambda runs: each request becomes an API
 * Gateway HTTP API (payload 2.0) event, each handler response becomes the HTTP response.
 * Routes come from template.yaml. Any other GET is answered from the pages folder ({@code web/}
 * next to the template) when it names one of its files.
 */
public final class LocalApiServer implements AutoCloseable {
    /** Read at most this much of a body: one byte over the largest limit, which the handler then refuses with its 413. */
    private static final int READ_LIMIT = HttpApiHandler.MAX_BATCH_BODY_BYTES + 1;

    private record Binding(TemplateRoutes.Route route, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {}

    private final HttpServer server;
    private final RequestTargetGate gate;
    private final ExecutorService workers;
    private final List<Binding> bindings;
    private final StaticPages pages;

    private LocalApiServer(HttpServer server, RequestTargetGate gate, ExecutorService workers, List<Binding> bindings, StaticPages pages) {
        this.server = server;
        this.gate = gate;
        this.workers = workers;
        this.bindings = bindings;
        this.pages = pages;
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 = any free port) and serves the template's routes, and the
     * pages of the {@code web/} folder beside the template when there is one.
     */
    public static LocalApiServer start(Path template, int port) throws IOException {
        return start(template, port, TemplateRoutes::newHandler);
    }

    /**
     * As {@link #start(Path, int)}, with each handler class the template names (once per class)
     * built by {@code handlerOf} instead of its no-argument constructor: tests hand in handlers
     * with their own collaborators, an access log they read for instance.
     */
    public static LocalApiServer start(Path template, int port,
                                       Function<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlerOf)
            throws IOException {
        Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new HashMap<>();
        List<Binding> bindings = TemplateRoutes.routes(template).stream()
                .map(route -> new Binding(route, handlers.computeIfAbsent(route.handlerClass(), handlerOf)))
                .toList();
        // The JDK server listens on a private port behind the gate, which answers malformed URLs itself.
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        ExecutorService workers = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "local-api");
            t.setDaemon(true);
            return t;
        });
        Path folder = template.toAbsolutePath().getParent();
        server.setExecutor(workers);
        server.start();
        RequestTargetGate gate;
        try {
            gate = RequestTargetGate.open(port, server.getAddress().getPort());
        } catch (IOException e) {
            server.stop(0);
            workers.shutdownNow();
            throw e;
        }
        LocalApiServer local = new LocalApiServer(server, gate, workers, bindings, StaticPages.in(folder == null ? null : folder.resolve("web")));
        server.createContext("/", local::serve);
        return local;
    }

    public int port() {
        return gate.port();
    }

    /** Whether the pages folder is being served. */
    public boolean servesPages() {
        return pages != null;
    }

    public List<TemplateRoutes.Route> routes() {
        return bindings.stream().map(Binding::route).toList();
    }

    @Override
    public void close() {
        gate.close();
        server.stop(0);
        workers.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String rawPath = exchange.getRequestURI().getRawPath();
            if (method.equals("OPTIONS")) {
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET,POST,PATCH,OPTIONS");
                exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "content-type,authorization");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            APIGatewayV2HTTPResponse response = null;
            for (Binding binding : bindings) {
                if (!binding.route().method().equals(method)) {
                    continue;
                }
                Map<String, String> params = binding.route().match(rawPath);
                if (params != null) {
                    response = invoke(exchange, binding, params);
                    break;
                }
            }
            if (response == null && pages != null && (method.equals("GET") || method.equals("HEAD"))) {
                Path file = pages.resolve(rawPath);
                if (file != null) {
                    pages.send(exchange, file, method.equals("HEAD"));
                    return;
                }
            }
            if (response == null) {
                response = HttpApiResponses.problem(Problem.routeNotFound());
            }
            write(exchange, response);
        }
    }

    private APIGatewayV2HTTPResponse invoke(HttpExchange exchange, Binding binding, Map<String, String> rawParams) throws IOException {
        byte[] body = readAtMost(exchange.getRequestBody(), READ_LIMIT);
        if (body.length >= READ_LIMIT) {
            int limit = binding.handler() instanceof HttpApiHandler api ? api.maxBodyBytes(binding.route().routeKey())
                    : HttpApiHandler.MAX_BATCH_BODY_BYTES;
            return HttpApiResponses.problem(Problem.tooLarge(limit));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        Map<String, String> pathParameters = new LinkedHashMap<>();
        rawParams.forEach((k, v) -> pathParameters.put(k, decode(v)));
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String requestId = UUID.randomUUID().toString();
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(binding.route().method())
                .withPath(exchange.getRequestURI().getRawPath())
                .withProtocol(exchange.getProtocol())
                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                .withUserAgent(headers.getOrDefault("user-agent", ""))
                .build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(requestId)
                .withRouteKey(binding.route().routeKey())
                .withStage("$default")
                .withApiId("local")
                .withDomainName("127.0.0.1")
                .withTimeEpoch(System.currentTimeMillis())
                .withHttp(http)
                .build();
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(binding.route().routeKey())
                .withRawPath(exchange.getRequestURI().getRawPath())
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(rawQuery))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withBody(body.length == 0 ? null : new String(body, StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .withRequestContext(context)
                .build();
        return binding.handler().handleRequest(event, new LocalContext(requestId, binding.route().functionId()));
    }

    /** As API Gateway does: decoded values, repeated names joined with commas. */
    private static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a malformed escape reaches the handler as sent, which validates it
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        }
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
