package com.facetestimator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Every item of one partition of the fees table, page after page (one request while it fits in 1 MB). */
final class PartitionQuery {
    private PartitionQuery() {}

    static List<Map<String, AttributeValue>> items(DynamoDbClient dynamo, String table, String partition) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest query = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", TableBootstrap.PK))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
                    .exclusiveStartKey(startKey)
                    .build();
            QueryResponse page = DynamoDbFailures.call(() -> dynamo.query(query));
            items.addAll(page.items());
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return items;
    }
}
