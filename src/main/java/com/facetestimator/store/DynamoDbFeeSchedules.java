package com.facetestimator.store;

import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.FeeScheduleSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Each payer's published fee schedule: the version comes from the payer's profile item, its
 * rows from one Query of that version's partition, and the result stays in the container for
 * the TTL, so a warm estimate reads no fee data at all. Readers only ever see a complete
 * version: rows are written before the profile names their version.
 */
public final class DynamoDbFeeSchedules implements FeeScheduleSource {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoDbPayerDirectory payers;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String version, Optional<FeeSchedule> schedule, long loadedAt) {}

    public DynamoDbFeeSchedules(DynamoDbClient dynamo, String feesTable, DynamoDbPayerDirectory payers, Duration ttl) {
        this(dynamo, feesTable, payers, ttl, System::nanoTime);
    }

    DynamoDbFeeSchedules(DynamoDbClient dynamo, String feesTable, DynamoDbPayerDirectory payers, Duration ttl, LongSupplier nanoClock) {
        this.dynamo = dynamo;
        this.table = feesTable;
        this.payers = payers;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public Optional<FeeSchedule> scheduleFor(String payerId) {
        long now = nanoClock.getAsLong();
        Cached cached = cache.get(payerId);
        if (cached != null && now - cached.loadedAt() <= ttlNanos) {
            return cached.schedule();
        }
        Optional<String> version = payers.feeVersion(payerId);
        if (cached != null && version.isPresent() && version.get().equals(cached.version())) {
            cache.put(payerId, new Cached(cached.version(), cached.schedule(), now)); // unchanged: no re-read
            return cached.schedule();
        }
        Optional<FeeSchedule> schedule = version.map(v -> FeeRowItems.schedule(payerId, query(FeeRowItems.partition(payerId, v))));
        cache.put(payerId, new Cached(version.orElse(null), schedule, now));
        return schedule;
    }

    /** Reads every payer's schedule now (SnapStart priming, benchmarks). */
    public void preload(List<String> payerIds) {
        payerIds.forEach(this::scheduleFor);
    }

    /**
     * Keeps every cached schedule but has it checked against its payer's published version at
     * next use, as if its TTL had run out: after a SnapStart restore the cache may be days old,
     * yet an unchanged version still costs no re-read.
     */
    public void revalidate() {
        long expired = nanoClock.getAsLong() - ttlNanos - 1;
        cache.replaceAll((payerId, c) -> new Cached(c.version(), c.schedule(), expired));
    }

    private List<Map<String, AttributeValue>> query(String partition) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            QueryResponse page = DynamoDbFailures.call(() -> dynamo.query(b -> b.tableName(table)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", TableBootstrap.PK))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
                    .exclusiveStartKey(from)));
            items.addAll(page.items());
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return items;
    }
}
