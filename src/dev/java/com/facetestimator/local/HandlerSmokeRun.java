package com.facetestimator.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.tools.Json;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.store.TableNames;
import com.facetestimator.tools.ReferenceDataPublisher;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs each handler of template.yaml, from whatever classpath this JVM has (the SAM build
 * layout, in scripts/sam-layout.sh), with each events/ file of its routes, against a fresh
 * emulator loaded with the bundled reference data. Exits 1 if any invocation fails or
 * answers 5xx: the proof that the deployable artifact carries everything its handlers need.
 */
public final class HandlerSmokeRun {
    private HandlerSmokeRun() {}

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args.length > 0 ? args[0] : "template.yaml");
        Path events = Path.of(args.length > 1 ? args[1] : "events");
        Path project = Path.of(System.getProperty("facet.project.dir", ".")).toAbsolutePath();
        Map<String, String> handlerByRoute = new HashMap<>();
        for (TemplateRoutes.Route route : TemplateRoutes.routes(template)) {
            handlerByRoute.put(route.routeKey(), route.handlerClass());
        }
        // The events carry API Gateway's camelCase JSON; this reads them as the Lambda runtime would.
        ObjectMapper eventReader = Json.MAPPER.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE);
        int failures = 0;
        int runs = 0;
        try (EmulatorProcess emulator = EmulatorProcess.start(project, null)) {
            System.setProperty(DynamoDbClients.ENDPOINT_PROPERTY, emulator.endpoint());
            try (DynamoDbClient dynamo = DynamoDbClients.fromEnvironment()) {
                TableNames tables = TableNames.fromEnvironment();
                new TableBootstrap(dynamo).createIfMissing(tables);
                new ReferenceDataPublisher(dynamo, tables, line -> { }).publishBundled();
            }
            Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new HashMap<>();
            List<Path> files;
            try (Stream<Path> list = Files.list(events)) {
                files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                APIGatewayV2HTTPEvent event = eventReader.readValue(file.toFile(), APIGatewayV2HTTPEvent.class);
                String handlerClass = handlerByRoute.get(event.getRouteKey());
                runs++;
                if (handlerClass == null) {
                    System.out.println("FAIL " + file.getFileName() + ": no function in the template serves " + event.getRouteKey());
                    failures++;
                    continue;
                }
                try {
                    var handler = handlers.computeIfAbsent(handlerClass, TemplateRoutes::newHandler);
                    APIGatewayV2HTTPResponse response = handler.handleRequest(event, new LocalContext("smoke-" + runs, handlerClass));
                    boolean ok = response.getStatusCode() < 500;
                    System.out.printf("%s %-40s %-48s -> %d%n", ok ? "ok  " : "FAIL", file.getFileName(), event.getRouteKey(), response.getStatusCode());
                    if (!ok) {
                        failures++;
                    }
                } catch (RuntimeException | LinkageError e) {
                    System.out.println("FAIL " + file.getFileName() + ": " + e);
                    failures++;
                }
            }
        }
        System.out.println("smoke: " + (runs - failures) + " passed, " + failures + " failed");
        System.exit(failures == 0 && runs > 0 ? 0 : 1);
    }

}
