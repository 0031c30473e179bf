package com.facetestimator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.StorageUnavailableException;
import com.facetestimator.domain.frequency.PatientLedger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every adapter turns an unreachable DynamoDB into the ports' one exception, keeping the SDK's as its cause. */
class StorageUnavailableTest {
    private static DynamoDbClient dead;

    @BeforeAll
    static void unreachableEndpoint() {
        dead = com.facetestimator.testing.DynamoDbTestEndpoint.unreachableClient();
    }

    @AfterAll
    static void close() {
        dead.close();
    }

    @Test
    void theSessionLedgerReportsAnOutageAsThePortsException() {
        DynamoDbSessionLedger ledger = new DynamoDbSessionLedger(dead, "sessions");

        assertOutage(() -> ledger.load("p1"));
        assertOutage(() -> ledger.loadAll(List.of("p1", "p2")));
        assertOutage(() -> ledger.replaceIfVersion("p1", new PatientLedger(1, List.of()), 0));
    }

    @Test
    void thePayerDirectoryAndFeeSchedulesReportAnOutageAsThePortsException() {
        DynamoDbPayerDirectory payers = new DynamoDbPayerDirectory(dead, "fees", Duration.ofMinutes(5));
        DynamoDbFeeSchedules fees = new DynamoDbFeeSchedules(dead, "fees", payers, Duration.ofMinutes(5));

        assertOutage(() -> payers.find("medicare"));
        assertOutage(() -> fees.scheduleFor("medicare"));
    }

    @Test
    void aRequestDynamoDbRefusesIsNotAnOutage() {
        var refused = software.amazon.awssdk.services.dynamodb.model.DynamoDbException.builder()
                .statusCode(400).message("ValidationException").build();
        assertThat(DynamoDbFailures.unavailable(refused)).isFalse();
        var throttled = software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException.builder()
                .statusCode(400).message("slow down")
                .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException").build())
                .build();
        assertThat(DynamoDbFailures.unavailable(throttled)).isTrue();
        var failing = software.amazon.awssdk.services.dynamodb.model.DynamoDbException.builder().statusCode(503).build();
        assertThat(DynamoDbFailures.unavailable(failing)).isTrue();
    }

    private static void assertOutage(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(StorageUnavailableException.class)
                .hasCauseInstanceOf(SdkException.class);
    }
}
