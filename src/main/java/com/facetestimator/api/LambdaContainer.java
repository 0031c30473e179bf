package com.facetestimator.api;

import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.estimate.EstimateService;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.facetestimator.domain.estimate.ServicePlaces;
import com.facetestimator.domain.estimate.SessionBookings;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.pricing.ClaimPricer;
import com.facetestimator.store.BundledLocalityDirectory;
import com.facetestimator.store.BundledWageIndexes;
import com.facetestimator.rules.RuleData;
import com.facetestimator.rules.RuleFiles;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.DynamoDbFacilityDirectory;
import com.facetestimator.store.DynamoDbFeeSchedules;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.DynamoDbSessionLedger;
import com.facetestimator.store.SnapshotGuard;
import com.facetestimator.store.TableNames;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a Lambda container builds once and every invocation reuses: the DynamoDB client, the
 * table names and the cached stores. Handlers' no-argument constructors (used by Lambda and the
 * local server) take their collaborators from here; tests use the constructors that take them.
 */
public final class LambdaContainer {
    /** How long fee data and payer profiles are trusted before a reload. */
    public static final Duration REFERENCE_DATA_TTL = Duration.ofMinutes(5);

    private static volatile LambdaContainer instance;

    private final DynamoDbClient dynamo;
    private final SnapshotGuard snapshotGuard;
    private final TableNames tables;
    private final DynamoDbPayerDirectory payers;
    private final DynamoDbFeeSchedules feeSchedules;
    private final DynamoDbSessionLedger sessionLedger;
    // The rule files are read once per container, on the cold-start path (about 20 ms).
    private final RuleData rules = RuleFiles.bundled();
    private final CodingEngine coding = rules.coding();
    private final FrequencyPolicies frequencyPolicies = rules.frequency();
    private final BundledLocalityDirectory localities = new BundledLocalityDirectory();
    private final DynamoDbFacilityDirectory facilities;
    private final ServicePlaces places;
    private final EstimateService estimates;
    private final RevenueForecast forecasts;
    private final SessionBookings sessionBookings;
    private final AccessLog accessLog = AccessLog.standardOutput();

    public LambdaContainer(DynamoDbClient dynamo, TableNames tables) {
        this(dynamo, tables, null);
    }

    /** {@code snapshotGuard}: the one {@code dynamo} was built with, or null when it has none. */
    public LambdaContainer(DynamoDbClient dynamo, TableNames tables, SnapshotGuard snapshotGuard) {
        this.dynamo = dynamo;
        this.snapshotGuard = snapshotGuard;
        this.tables = tables;
        this.payers = new DynamoDbPayerDirectory(dynamo, tables.fees(), REFERENCE_DATA_TTL);
        this.feeSchedules = new DynamoDbFeeSchedules(dynamo, tables.fees(), payers, REFERENCE_DATA_TTL);
        this.sessionLedger = new DynamoDbSessionLedger(dynamo, tables.sessions());
        this.facilities = new DynamoDbFacilityDirectory(dynamo, tables.fees(), REFERENCE_DATA_TTL);
        // The locality, ZIP and wage-index tables are bundled and read on first use, not here.
        this.places = new ServicePlaces(localities, facilities, new BundledWageIndexes());
        this.estimates = new EstimateService(payers, sessionLedger, coding, frequencyPolicies, new ClaimPricer(feeSchedules), places);
        this.forecasts = new RevenueForecast(estimates, sessionLedger, coding);
        this.sessionBookings = new SessionBookings(payers, coding, sessionLedger, frequencyPolicies, Clock.systemUTC());
    }

    public static LambdaContainer get() {
        LambdaContainer c = instance;
        if (c == null) {
            synchronized (LambdaContainer.class) {
                c = instance;
                if (c == null) {
                    SnapshotGuard guard = new SnapshotGuard();
                    c = new LambdaContainer(DynamoDbClients.forContainer(guard), TableNames.fromEnvironment(), guard);
                    instance = c;
                }
            }
        }
        return c;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** What keeps the client's connections and credentials out of a SnapStart snapshot; null when none. */
    public SnapshotGuard snapshotGuard() {
        return snapshotGuard;
    }

    public TableNames tables() {
        return tables;
    }

    public DynamoDbPayerDirectory payers() {
        return payers;
    }

    public DynamoDbFeeSchedules feeSchedules() {
        return feeSchedules;
    }

    public BundledLocalityDirectory localities() {
        return localities;
    }

    public DynamoDbFacilityDirectory facilities() {
        return facilities;
    }

    /** Where appointments take place: locality from ZIP code, locality or facility, and facility wage indexes. */
    public ServicePlaces places() {
        return places;
    }

    public EstimateService estimates() {
        return estimates;
    }

    public RevenueForecast forecasts() {
        return forecasts;
    }

    /** Where the handlers' access log goes: standard output, which Lambda sends to CloudWatch. */
    public AccessLog accessLog() {
        return accessLog;
    }

    /** The sessions use cases (record, change status, list), on the real clock in UTC. */
    public SessionBookings sessionBookings() {
        return sessionBookings;
    }
}
