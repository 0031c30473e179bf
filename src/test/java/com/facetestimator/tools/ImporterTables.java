package com.facetestimator.tools;

import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.TableNames;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Fresh tables on the test endpoint for the importer command line, which finds its endpoint and
 * tables the way the scripts give them (system properties standing in for the environment).
 */
final class ImporterTables {
    private ImporterTables() {}

    static TableNames use(DynamoDbClient dynamo) {
        TableNames tables = DynamoDbTestEndpoint.freshTables(dynamo);
        System.setProperty(DynamoDbClients.ENDPOINT_PROPERTY, DynamoDbTestEndpoint.endpoint());
        System.setProperty("facet.fees.table", tables.fees());
        System.setProperty("facet.sessions.table", tables.sessions());
        return tables;
    }

    static void release() {
        System.clearProperty(DynamoDbClients.ENDPOINT_PROPERTY);
        System.clearProperty("facet.fees.table");
        System.clearProperty("facet.sessions.table");
    }
}
