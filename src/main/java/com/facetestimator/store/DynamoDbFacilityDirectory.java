package com.facetestimator.store;

import com.facetestimator.domain.facility.FacilityDirectory;
import com.facetestimator.domain.facility.FacilityProfile;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Facility profiles from the fees table, like payer profiles: one Query on first use, kept for
 * {@code ttl} in the container, so only the first estimate naming a facility pays a read.
 */
public final class DynamoDbFacilityDirectory implements FacilityDirectory {
    private final DynamoDbClient dynamo;
    private final String table;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private volatile Snapshot snapshot;

    private record Snapshot(List<FacilityProfile> profiles, long loadedAt) {}

    public DynamoDbFacilityDirectory(DynamoDbClient dynamo, String feesTable, Duration ttl) {
        this(dynamo, feesTable, ttl, System::nanoTime);
    }

    DynamoDbFacilityDirectory(DynamoDbClient dynamo, String feesTable, Duration ttl, LongSupplier nanoClock) {
        this.dynamo = dynamo;
        this.table = feesTable;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public List<FacilityProfile> all() {
        return current().profiles();
    }

    @Override
    public Optional<FacilityProfile> find(String facilityId) {
        return current().profiles().stream().filter(f -> f.facilityId().equals(facilityId)).findFirst();
    }

    /** Writes (or replaces) a profile: the publishing side, used by tools and the local bootstrap. */
    public void put(FacilityProfile profile) {
        PutItemRequest put = PutItemRequest.builder().tableName(table).item(FacilityProfileItem.toItem(profile)).build();
        DynamoDbFailures.call(() -> dynamo.putItem(put));
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = nanoClock.getAsLong();
        if (s == null || now - s.loadedAt() > ttlNanos) {
            List<FacilityProfile> profiles = PartitionQuery.items(dynamo, table, FacilityProfileItem.PARTITION).stream()
                    .map(FacilityProfileItem::fromItem)
                    .sorted(Comparator.comparing(FacilityProfile::facilityId))
                    .toList();
            s = new Snapshot(profiles, now);
            snapshot = s;
        }
        return s;
    }
}
