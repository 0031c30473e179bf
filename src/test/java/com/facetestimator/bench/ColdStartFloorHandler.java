package com.facetestimator.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.SnapshotGuard;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.store.TableNames;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The benchmark's cold-start floor: the least a Lambda handler of this design can do. It builds
 * the same DynamoDB client as the real functions (once per container) and answers with one
 * GetItem of a session ledger; no JSON library, no domain. The real estimates handler's cold
 * start is judged against this one's, measured the same way in the same run. The event's body
 * is the key to read (the bench names a seeded patient, so the item is as big as a real one).
 */
public final class ColdStartFloorHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final DynamoDbClient DYNAMO = DynamoDbClients.forContainer(new SnapshotGuard());
    private static final String TABLE = TableNames.fromEnvironment().sessions();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        var item = DYNAMO.getItem(b -> b.tableName(TABLE).consistentRead(true)
                .key(Map.of(TableBootstrap.PK, AttributeValue.fromS(event.getBody()))));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(item.hasItem() ? "{\"found\":true}" : "{\"found\":false}")
                .build();
    }
}
