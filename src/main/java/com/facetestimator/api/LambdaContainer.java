package com.facetestimator.api;

import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.estimate.SessionBookings;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.DynamoDbSessionLedger;
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
    private final TableNames tables;
    private final DynamoDbPayerDirectory payers;
    private final DynamoDbSessionLedger sessionLedger;
    private volatile SessionBookings sessionBookings;

    public LambdaContainer(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.payers = new DynamoDbPayerDirectory(dynamo, tables.fees(), REFERENCE_DATA_TTL);
        this.sessionLedger = new DynamoDbSessionLedger(dynamo, tables.sessions());
    }

    public static LambdaContainer get() {
        LambdaContainer c = instance;
        if (c == null) {
            synchronized (LambdaContainer.class) {
                c = instance;
                if (c == null) {
                    c = new LambdaContainer(DynamoDbClients.fromEnvironment(), TableNames.fromEnvironment());
                    instance = c;
                }
            }
        }
        return c;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public TableNames tables() {
        return tables;
    }

    public DynamoDbPayerDirectory payers() {
        return payers;
    }

    /** The patients' session ledgers (sessions table); the estimate and forecast read them too. */
    public DynamoDbSessionLedger sessionLedger() {
        return sessionLedger;
    }

    /**
     * The sessions use cases, on the real clock in UTC. Built on first use, so that functions that
     * never record sessions do not load the coding engine at cold start.
     */
    public SessionBookings sessionBookings() {
        SessionBookings b = sessionBookings;
        if (b == null) {
            synchronized (this) {
                b = sessionBookings;
                if (b == null) {
                    b = new SessionBookings(payers, CodingEngine.standard(), sessionLedger,
                            FrequencyPolicies.bundled(), Clock.systemUTC());
                    sessionBookings = b;
                }
            }
        }
        return b;
    }
}
