package com.facetestimator.store;

import com.facetestimator.domain.StorageUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Where the stores turn DynamoDB's failures into the ports' one: every request an adapter sends
 * goes through {@link #call}. Unreachable, timed out, throttled, failing (5xx) or a missing table
 * become {@link StorageUnavailableException}; anything else (a request DynamoDB refused as
 * malformed, a condition that failed) is the adapter's to handle or a bug, and passes unchanged.
 */
final class DynamoDbFailures {
    private DynamoDbFailures() {}

    static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            if (unavailable(e)) {
                throw new StorageUnavailableException("DynamoDB could not answer", e);
            }
            throw e;
        }
    }

    static boolean unavailable(SdkException e) {
        if (e instanceof SdkClientException) {
            return true; // endpoint unreachable, timed out, connection reset
        }
        if (e instanceof DynamoDbException dynamo) {
            String code = dynamo.awsErrorDetails() == null ? null : dynamo.awsErrorDetails().errorCode();
            return dynamo.statusCode() >= 500 || dynamo.isThrottlingException() || "ResourceNotFoundException".equals(code);
        }
        return false;
    }
}
