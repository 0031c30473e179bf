package com.facetestimator.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the tables where they do not exist (local emulator, LocalStack). In AWS the SAM
 * template owns them; the key schema here must match template.yaml (a test checks it).
 */
public final class TableBootstrap {
    /** Partition key of both tables. */
    public static final String PK = "pk";
    /** Sort key of the fees table. */
    public static final String SK = "sk";

    private final DynamoDbClient dynamo;

    public TableBootstrap(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    public void createIfMissing(TableNames tables) {
        create(tables.fees(), true);
        create(tables.sessions(), false);
    }

    private void create(String table, boolean withSortKey) {
        var request = CreateTableRequest.builder().tableName(table).billingMode(BillingMode.PAY_PER_REQUEST);
        if (withSortKey) {
            request.attributeDefinitions(attribute(PK), attribute(SK))
                    .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE));
        } else {
            request.attributeDefinitions(attribute(PK)).keySchema(key(PK, KeyType.HASH));
        }
        try {
            dynamo.createTable(request.build());
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
        } catch (ResourceInUseException alreadyThere) {
            // Idempotent: a restart with --data finds its tables in place.
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
