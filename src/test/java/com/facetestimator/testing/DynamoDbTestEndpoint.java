package com.facetestimator.testing;

import com.facetestimator.local.EmulatorProcess;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.store.TableNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The real DynamoDB endpoint integration tests use: {@code DYNAMODB_ENDPOINT} when set
 * (LocalStack, moto, AWS), otherwise one dynalite emulator started for the whole test JVM on a
 * free port. The emulator exits when the JVM does (it watches its stdin pipe).
 */
public final class DynamoDbTestEndpoint {
    private static String endpoint;
    private static EmulatorProcess emulator;

    private DynamoDbTestEndpoint() {}

    public static synchronized String endpoint() {
        if (endpoint == null) {
            String configured = System.getenv("DYNAMODB_ENDPOINT");
            if (configured != null && !configured.isBlank()) {
                endpoint = configured;
            } else {
                try {
                    emulator = EmulatorProcess.start(Path.of("").toAbsolutePath(), null);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the dynalite emulator (run 'npm ci' first)", e);
                }
                endpoint = emulator.endpoint();
                Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "dynalite-stop"));
            }
        }
        return endpoint;
    }

    public static DynamoDbClient client() {
        return DynamoDbClients.create(endpoint(), List.of());
    }

    /** A loopback endpoint nothing listens on (a port just freed): every request fails to connect. */
    public static String unreachableEndpoint() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of {@link #unreachableEndpoint()}: storage as an outage leaves it. */
    public static DynamoDbClient unreachableClient() {
        return DynamoDbClients.create(unreachableEndpoint(), List.of());
    }

    /** Fresh, empty tables with unique names, so test classes never see each other's data. */
    public static TableNames freshTables(DynamoDbClient dynamo) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TableNames tables = new TableNames("test-fees-" + suffix, "test-sessions-" + suffix);
        new TableBootstrap(dynamo).createIfMissing(tables);
        return tables;
    }
}
