package com.facetestimator.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.coding.SpinalRegion;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.SessionStatus;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;

/** The session ledger adapter against a real DynamoDB endpoint (dynalite unless DYNAMODB_ENDPOINT is set). */
class DynamoDbSessionLedgerTest {

    /** Counts BatchGetItem calls and the keys each asked for, as the SDK sends them. */
    static final class BatchGetCounter implements ExecutionInterceptor {
        final List<Integer> keysPerCall = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchGetItemRequest batch) {
                keysPerCall.add(batch.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum());
            }
        }
    }

    private final BatchGetCounter batchGets = new BatchGetCounter();
    private DynamoDbClient dynamo;
    private DynamoDbSessionLedger ledgers;

    @BeforeEach
    void freshTable() {
        dynamo = DynamoDbClients.create(DynamoDbTestEndpoint.endpoint(), List.of(batchGets));
        ledgers = new DynamoDbSessionLedger(dynamo, DynamoDbTestEndpoint.freshTables(dynamo).sessions());
    }

    @AfterEach
    void close() {
        dynamo.close();
    }

    @Test
    void aPatientWithNothingStoredHasAnEmptyLedgerAtVersionZero() {
        assertThat(ledgers.load("pt-none")).isEqualTo(PatientLedger.empty());
    }

    @Test
    void everySessionFieldRoundTrips() {
        RecordedSession lumbarInjection = new RecordedSession("appt-1", LocalDate.of(2026, 3, 2), "medicare",
                SiteOfService.OFFICE, Procedure.INJECTION, Purpose.THERAPEUTIC,
                List.of(FacetLevel.L5_S1, FacetLevel.L4_L5), Laterality.BILATERAL, Guidance.FLUOROSCOPY,
                SessionStatus.PERFORMED, SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.THERAPEUTIC);
        RecordedSession junctionRfa = new RecordedSession("appt.2_b-3", LocalDate.of(2026, 4, 30), "sample-commercial-a",
                SiteOfService.ASC, Procedure.RFA, null, List.of(FacetLevel.T12_L1, FacetLevel.L1_L2),
                Laterality.LEFT, Guidance.CT, SessionStatus.SCHEDULED, SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.RFA);
        RecordedSession cancelledCervical = new RecordedSession("appt-3", LocalDate.of(2025, 12, 31), "medicare",
                SiteOfService.HOPD, Procedure.INJECTION, Purpose.DIAGNOSTIC, List.of(FacetLevel.C5_C6),
                Laterality.RIGHT, Guidance.ULTRASOUND, SessionStatus.CANCELLED, SpinalRegion.CERVICAL_THORACIC,
                FrequencyCounter.DIAGNOSTIC);
        PatientLedger ledger = new PatientLedger(1, List.of(lumbarInjection, junctionRfa, cancelledCervical));

        assertThat(ledgers.replaceIfVersion("pt-round-trip", ledger, 0)).isTrue();

        PatientLedger loaded = ledgers.load("pt-round-trip");
        assertThat(loaded).isEqualTo(ledger);
        assertThat(loaded.sessions()).containsExactly(lumbarInjection, junctionRfa, cancelledCervical);
        assertThat(loaded.sessions().get(1).purpose()).isNull();
    }

    @Test
    void versionZeroCreatesOnlyWhenNothingIsStored() {
        PatientLedger first = ledgerAt(1, "a");
        PatientLedger rival = ledgerAt(1, "b");

        assertThat(ledgers.replaceIfVersion("pt-create", first, 0)).isTrue();
        assertThat(ledgers.replaceIfVersion("pt-create", rival, 0)).as("a second creator loses").isFalse();

        assertThat(ledgers.load("pt-create")).isEqualTo(first);
    }

    @Test
    void aWriteBasedOnAStaleVersionIsRefusedAndTheCurrentOneAccepted() {
        ledgers.replaceIfVersion("pt-stale", ledgerAt(1, "a"), 0);
        PatientLedger second = ledgerAt(2, "a", "b");
        assertThat(ledgers.replaceIfVersion("pt-stale", second, 1)).isTrue();

        PatientLedger basedOnVersionOne = ledgerAt(2, "a", "c");
        assertThat(ledgers.replaceIfVersion("pt-stale", basedOnVersionOne, 1)).as("version 1 is stale").isFalse();
        assertThat(ledgers.replaceIfVersion("pt-stale", ledgerAt(4, "a", "c"), 3)).as("a version never stored").isFalse();
        assertThat(ledgers.load("pt-stale")).isEqualTo(second);

        PatientLedger third = ledgerAt(3, "a", "b", "c");
        assertThat(ledgers.replaceIfVersion("pt-stale", third, 2)).isTrue();
        assertThat(ledgers.load("pt-stale")).isEqualTo(third);
    }

    @Test
    void loadAllReadsTwoHundredFiftyPatientsInThreeBatches() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String id = "pt-batch-" + i;
            ids.add(id);
            if (i % 2 == 0) {
                ledgers.replaceIfVersion(id, ledgerAt(1, "s" + i), 0);
            }
        }
        batchGets.keysPerCall.clear();

        Map<String, PatientLedger> loaded = ledgers.loadAll(ids);

        assertThat(batchGets.keysPerCall).containsExactly(100, 100, 50);
        assertThat(loaded).hasSize(250);
        for (int i = 0; i < 250; i++) {
            PatientLedger ledger = loaded.get("pt-batch-" + i);
            if (i % 2 == 0) {
                assertThat(ledger).as("patient %d", i).isEqualTo(ledgerAt(1, "s" + i));
            } else {
                assertThat(ledger).as("patient %d has nothing stored", i).isEqualTo(PatientLedger.empty());
            }
        }
    }

    @Test
    void loadAllAsksForARepeatedIdOnce() {
        ledgers.replaceIfVersion("pt-dup", ledgerAt(1, "a"), 0);
        batchGets.keysPerCall.clear();

        Map<String, PatientLedger> loaded = ledgers.loadAll(List.of("pt-dup", "pt-dup", "pt-other"));

        assertThat(batchGets.keysPerCall).containsExactly(2);
        assertThat(loaded).containsOnlyKeys("pt-dup", "pt-other");
        assertThat(loaded.get("pt-dup")).isEqualTo(ledgerAt(1, "a"));
    }

    private static PatientLedger ledgerAt(long version, String... sessionIds) {
        List<RecordedSession> sessions = new ArrayList<>();
        for (int i = 0; i < sessionIds.length; i++) {
            sessions.add(new RecordedSession(sessionIds[i], LocalDate.of(2026, 1, 5).plusDays(i), "medicare",
                    SiteOfService.OFFICE, Procedure.INJECTION, Purpose.THERAPEUTIC, List.of(FacetLevel.L4_L5),
                    Laterality.BILATERAL, Guidance.FLUOROSCOPY, SessionStatus.SCHEDULED, SpinalRegion.LUMBAR_SACRAL,
                    FrequencyCounter.THERAPEUTIC));
        }
        return new PatientLedger(version, sessions);
    }
}
