package com.facetestimator.store;

import com.facetestimator.domain.pricing.FeeSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Publishes a payer's fee schedule as a new version without a moment where readers could see
 * half of it: all rows go into the new version's own partition first, then one conditional
 * UpdateItem points the payer's profile at that version. Readers still holding the previous
 * version keep a complete set: superseded versions are left in place (a schedule is a dozen or
 * so items), for an operator to delete once no container can hold them.
 */
public final class FeeSchedulePublisher {
    /**
     * The item layout fee versions are written in. Include it in any content digest used as a
     * version id, so that re-publishing unchanged rows after a layout change writes a new version.
     */
    public static final String ITEM_LAYOUT = FeeRowItems.LAYOUT;

    private static final int BATCH = 25;
    private static final int MAX_ROUNDS = 10;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Consumer<String> progress;

    public FeeSchedulePublisher(DynamoDbClient dynamo, String feesTable, Consumer<String> progress) {
        this.dynamo = dynamo;
        this.table = feesTable;
        this.progress = progress;
    }

    /**
     * Writes {@code schedule} as {@code version} and makes it current. The payer's profile must
     * already exist. Returns the number of rows written.
     */
    public int publish(FeeSchedule schedule, String version) {
        List<Map<String, AttributeValue>> items = FeeRowItems.items(schedule, version);
        writeAll(items.stream().map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList());
        var profileKey = Map.of(TableBootstrap.PK, AttributeValue.fromS(PayerProfileItem.PARTITION),
                TableBootstrap.SK, AttributeValue.fromS(schedule.payerId()));
        String previous;
        try {
            var updated = dynamo.updateItem(b -> b.tableName(table).key(profileKey)
                    .updateExpression("SET #v = :v")
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#v", PayerProfileItem.FEE_VERSION, "#pk", TableBootstrap.PK))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(version)))
                    .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.UPDATED_OLD));
            previous = updated.hasAttributes() && updated.attributes().containsKey(PayerProfileItem.FEE_VERSION)
                    ? updated.attributes().get(PayerProfileItem.FEE_VERSION).s() : null;
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("payer profile " + schedule.payerId() + " must be loaded before its fees", e);
        }
        int rows = FeeRowItems.rows(items);
        progress.accept(schedule.payerId() + ": published fee version " + version + " (" + rows + " rows)"
                + (previous == null ? "" : ", replacing " + previous));
        return rows;
    }

    private void writeAll(List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += BATCH) {
            Map<String, List<WriteRequest>> pending = Map.of(table, new ArrayList<>(writes.subList(from, Math.min(writes.size(), from + BATCH))));
            for (int round = 0; !pending.isEmpty(); round++) {
                if (round >= MAX_ROUNDS) {
                    throw new IllegalStateException("DynamoDB kept items unprocessed; the new version was not made current");
                }
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                if (!pending.isEmpty()) {
                    sleep(round);
                }
            }
        }
    }

    private static void sleep(int round) {
        try {
            Thread.sleep(Math.min(1000L, 50L << round));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }
}
