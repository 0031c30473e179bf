package com.facetestimator.store;

import com.facetestimator.domain.pricing.PayerProfile;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Writes payer profiles (tools and the local bootstrap). The published fee version on an
 * existing item is kept: replacing a profile must not unpublish its fees.
 */
public final class PayerProfileWriter {
    private final DynamoDbClient dynamo;
    private final String table;

    public PayerProfileWriter(DynamoDbClient dynamo, String feesTable) {
        this.dynamo = dynamo;
        this.table = feesTable;
    }

    public void put(PayerProfile profile) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(PayerProfileItem.toItem(profile));
        var existing = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(TableBootstrap.PK, item.get(TableBootstrap.PK), TableBootstrap.SK, item.get(TableBootstrap.SK))));
        if (existing.hasItem() && existing.item().containsKey(PayerProfileItem.FEE_VERSION)) {
            item.put(PayerProfileItem.FEE_VERSION, existing.item().get(PayerProfileItem.FEE_VERSION));
        }
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }
}
