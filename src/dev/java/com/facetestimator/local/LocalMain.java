package com.facetestimator.local;

import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.store.TableNames;
import com.facetestimator.tools.ReferenceDataPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./scripts/run-local.sh}: starts the emulator (unless DYNAMODB_ENDPOINT points
 * elsewhere), creates the tables, publishes the bundled reference data and serves the API.
 * SIGINT/SIGTERM stop the server and the emulator.
 */
public final class LocalMain {
    private LocalMain() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = null;
        int port = parsePort(System.getenv("PORT"), 3000);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dataDir = Path.of(requireValue(args, ++i, "--data"));
                case "--port" -> port = parsePort(requireValue(args, ++i, "--port"), port);
                case "--help", "-h" -> {
                    System.out.println("usage: run-local.sh [--data DIR] [--port N]   (PORT env also sets the port; default 3000)");
                    return;
                }
                default -> fail("unknown option " + args[i] + " (try --help)");
            }
        }
        Path project = Path.of(System.getProperty("facet.project.dir", ".")).toAbsolutePath().normalize();
        Path template = project.resolve("template.yaml");
        if (!Files.exists(template)) {
            fail("template.yaml not found in " + project);
        }

        EmulatorProcess emulator = null;
        String endpoint = DynamoDbClients.configuredEndpoint();
        if (endpoint == null) {
            emulator = EmulatorProcess.start(project, dataDir);
            endpoint = emulator.endpoint();
            System.setProperty(DynamoDbClients.ENDPOINT_PROPERTY, endpoint);
            System.out.println("DynamoDB emulator (dynalite) at " + endpoint
                    + (dataDir == null ? ", data in memory" : ", data in " + dataDir.toAbsolutePath()));
        } else {
            System.out.println("Using DynamoDB at " + endpoint);
        }
        EmulatorProcess startedEmulator = emulator;

        TableNames tables = TableNames.fromEnvironment();
        try (DynamoDbClient dynamo = DynamoDbClients.fromEnvironment()) {
            new TableBootstrap(dynamo).createIfMissing(tables);
            ReferenceDataPublisher.Summary summary = new ReferenceDataPublisher(dynamo, tables, System.out::println).publishBundled();
            System.out.println("Reference data: " + summary);
        }

        LocalApiServer server;
        try {
            server = LocalApiServer.start(template, port);
        } catch (IOException e) {
            if (startedEmulator != null) {
                startedEmulator.close();
            }
            fail("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "); set PORT to another port");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (startedEmulator != null) {
                startedEmulator.close();
            }
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-shutdown"));

        String base = "http://127.0.0.1:" + server.port();
        System.out.println();
        System.out.println("Facet estimator API listening on " + base + " (" + server.routes().size() + " routes from template.yaml)");
        if (server.servesPages()) {
            System.out.println("Pages:");
            System.out.println("  front desk  " + base + "/");
            System.out.println("  patient     " + base + "/patient");
            if (Files.exists(project.resolve("web/forecast.html"))) {
                System.out.println("  forecast    " + base + "/forecast");
            }
        }
        System.out.println("Try:");
        System.out.println("  curl -s " + base + "/payers");
        System.out.println("  curl -s -X POST " + base + "/estimates -H 'content-type: application/json' -d '"
                + "{\"payerId\":\"medicare\",\"siteOfService\":\"OFFICE\",\"dateOfService\":\"2026-03-02\",\"procedure\":\"INJECTION\","
                + "\"purpose\":\"THERAPEUTIC\",\"levels\":[\"L4-L5\",\"L5-S1\"],\"laterality\":\"BILATERAL\",\"guidance\":\"FLUOROSCOPY\","
                + "\"coverage\":{\"deductibleRemaining\":0}}'");
        System.out.println("Ctrl-C stops the server and the emulator.");
        stopped.await();
    }

    private static String requireValue(String[] args, int i, String option) {
        if (i >= args.length) {
            fail(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                fail("port " + text + " is out of range");
            }
            return port;
        } catch (NumberFormatException e) {
            fail("port '" + text + "' is not a number");
            return fallback;
        }
    }

    private static void fail(String message) {
        System.err.println("run-local: " + message);
        System.exit(2);
    }
}
