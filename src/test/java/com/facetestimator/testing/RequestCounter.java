package com.facetestimator.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the DynamoDB requests a client makes, by operation. Counted once per API call (not per
 * HTTP attempt, so a retry does not double a count): what "requests per estimate" means.
 */
public final class RequestCounter implements ExecutionInterceptor {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private final Map<String, AtomicLong> byOperation = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        total.incrementAndGet();
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        byOperation.computeIfAbsent(operation == null ? "?" : operation, k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
    }

    /** HTTP attempts, retries included: more than {@link #total()} only when the SDK retried. */
    public long attempts() {
        return attempts.get();
    }

    public long total() {
        return total.get();
    }

    /** Requests so far, by operation name (GetItem, Query, ...), sorted. */
    public Map<String, Long> byOperation() {
        Map<String, Long> copy = new TreeMap<>();
        byOperation.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public void reset() {
        total.set(0);
        attempts.set(0);
        byOperation.clear();
    }
}
