package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.domain.estimate.EstimateService;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.facetestimator.domain.pricing.ClaimPricer;
import com.facetestimator.rules.RuleData;
import com.facetestimator.rules.RuleFiles;
import com.facetestimator.store.DynamoDbFeeSchedules;
import com.facetestimator.store.DynamoDbPayerDirectory;
import com.facetestimator.store.DynamoDbSessionLedger;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import com.facetestimator.testing.HttpEvents;
import com.facetestimator.testing.SampleRequests;
import com.facetestimator.tools.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A storage outage is a 503 and one WARN line naming its cause: no stack trace, no "unhandled". */
class StorageOutageLogTest {
    private static final RuleData RULES = RuleFiles.bundled();

    @Test
    void anOutageIsAWarnWithItsCauseAndNoStack() throws Exception {
        var dead = DynamoDbTestEndpoint.unreachableClient();
        var payers = new DynamoDbPayerDirectory(dead, "fees", Duration.ofMinutes(5));
        var ledger = new DynamoDbSessionLedger(dead, "sessions");
        var estimates = new EstimateService(payers, ledger, RULES.coding(), RULES.frequency(),
                new ClaimPricer(new DynamoDbFeeSchedules(dead, "fees", payers, Duration.ofMinutes(5))));
        List<String> lines = new ArrayList<>();
        var handler = new EstimatesHandler(estimates, new RevenueForecast(estimates, ledger, RULES.coding()), new AccessLog(lines::add));

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpEvents.event("POST /estimates", null, null, SampleRequests.workedExample().toString()), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "2");
        assertThat(lines).hasSize(2);
        JsonNode warn = Json.MAPPER.readTree(lines.get(0));
        assertThat(warn.path("level").asText()).isEqualTo("WARN");
        assertThat(warn.path("msg").asText()).isEqualTo("storage unavailable");
        assertThat(warn.path("error").asText()).endsWith("StorageUnavailableException");
        assertThat(warn.path("cause").asText()).startsWith("software.amazon.awssdk.core.exception.SdkClientException");
        assertThat(warn.has("stack")).isFalse();
        assertThat(lines.get(0)).doesNotContain("\\n\\tat ").doesNotContain(".java:");
        assertThat(Json.MAPPER.readTree(lines.get(1)).path("status").asInt()).isEqualTo(503);
        dead.close();
    }
}
