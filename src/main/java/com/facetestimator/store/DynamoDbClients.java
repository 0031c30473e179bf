package com.facetestimator.store;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the one DynamoDB client a container uses. The endpoint comes from
 * {@code DYNAMODB_ENDPOINT} (or the system property {@code facet.dynamodb.endpoint}, which the
 * local server sets after it has started the emulator); without it the SDK's own resolution
 * applies, including {@code AWS_ENDPOINT_URL_DYNAMODB}.
 */
public final class DynamoDbClients {
    public static final String ENDPOINT_PROPERTY = "facet.dynamodb.endpoint";

    private DynamoDbClients() {}

    public static DynamoDbClient fromEnvironment() {
        return fromEnvironment(List.of());
    }

    public static DynamoDbClient fromEnvironment(List<ExecutionInterceptor> interceptors) {
        return create(configuredEndpoint(), interceptors);
    }

    /** The endpoint override in force, or null when the SDK should resolve it. */
    public static String configuredEndpoint() {
        String endpoint = System.getProperty(ENDPOINT_PROPERTY);
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = System.getenv("DYNAMODB_ENDPOINT");
        }
        return endpoint == null || endpoint.isBlank() ? null : endpoint.trim();
    }

    /**
     * The client a Lambda container uses (and the benchmark's floor handler, which must build the
     * same one): configured from the environment, with {@code guard} able to keep its connections
     * and credentials out of a SnapStart snapshot.
     */
    public static DynamoDbClient forContainer(SnapshotGuard guard) {
        return create(configuredEndpoint(), List.of(), guard);
    }

    public static DynamoDbClient create(String endpoint, List<ExecutionInterceptor> interceptors) {
        return create(endpoint, interceptors, null);
    }

    /** {@code guard} may be null: nothing then prepares the client for a snapshot. */
    public static DynamoDbClient create(String endpoint, List<ExecutionInterceptor> interceptors, SnapshotGuard guard) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD);
        interceptors.forEach(override::addExecutionInterceptor);
        if (guard != null) {
            override.addExecutionInterceptor(guard);
        }
        var builder = DynamoDbClient.builder()
                .region(region())
                .credentialsProvider(guard == null ? credentials(endpoint) : guard.credentials(() -> credentials(endpoint)))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(override.build());
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private static Region region() {
        String region = System.getenv("AWS_REGION");
        if (region == null || region.isBlank()) {
            region = System.getenv("AWS_DEFAULT_REGION");
        }
        return Region.of(region == null || region.isBlank() ? "us-east-1" : region);
    }

    /**
     * Emulators accept any signature, and a developer running the local server should not need
     * AWS credentials; anywhere else the default chain (Lambda role, profile, env) applies.
     */
    private static AwsCredentialsProvider credentials(String endpoint) {
        boolean emulator = endpoint != null && isLoopback(endpoint) && System.getenv("AWS_ACCESS_KEY_ID") == null;
        return emulator
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build();
    }

    private static boolean isLoopback(String endpoint) {
        String host = URI.create(endpoint).getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
    }
}
