package com.facetestimator.store;

import com.facetestimator.domain.pricing.PayerDirectory;
import com.facetestimator.domain.pricing.PayerProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Payer profiles from the fees table, read with one Query and kept for {@code ttl} in the
 * container: profiles change rarely, and a warm estimate should not pay a read for them.
 */
public final class DynamoDbPayerDirectory implements PayerDirectory {
    private final DynamoDbClient dynamo;
    private final String table;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private volatile Snapshot snapshot;

    private record Snapshot(List<PayerProfile> profiles, Map<String, String> feeVersions, long loadedAt) {}

    public DynamoDbPayerDirectory(DynamoDbClient dynamo, String feesTable, Duration ttl) {
        this(dynamo, feesTable, ttl, System::nanoTime);
    }

    DynamoDbPayerDirectory(DynamoDbClient dynamo, String feesTable, Duration ttl, LongSupplier nanoClock) {
        this.dynamo = dynamo;
        this.table = feesTable;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public List<PayerProfile> all() {
        return current().profiles();
    }

    @Override
    public Optional<PayerProfile> find(String payerId) {
        return current().profiles().stream().filter(p -> p.payerId().equals(payerId)).findFirst();
    }

    /** The published fee schedule version of a payer, or empty when none is published. */
    public Optional<String> feeVersion(String payerId) {
        return Optional.ofNullable(current().feeVersions().get(payerId));
    }

    /** Forget the cached profiles, e.g. after this process published new ones. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = nanoClock.getAsLong();
        if (s == null || now - s.loadedAt() > ttlNanos) {
            s = load(now);
            snapshot = s;
        }
        return s;
    }

    private Snapshot load(long now) {
        List<PayerProfile> profiles = new ArrayList<>();
        Map<String, String> versions = new java.util.HashMap<>();
        for (Map<String, AttributeValue> item : PartitionQuery.items(dynamo, table, PayerProfileItem.PARTITION)) {
            PayerProfile profile = PayerProfileItem.fromItem(item);
            profiles.add(profile);
            String version = PayerProfileItem.str(item, PayerProfileItem.FEE_VERSION);
            if (version != null) {
                versions.put(profile.payerId(), version);
            }
        }
        profiles.sort(Comparator.comparing(PayerProfile::payerId));
        return new Snapshot(List.copyOf(profiles), Map.copyOf(versions), now);
    }
}
