package com.facetestimator.store;

import com.facetestimator.domain.StorageUnavailableException;
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
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.frequency.SessionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The session ledger: one item per patient holding all of that patient's sessions and a
 * version number. One GetItem reads everything an estimate needs; one conditional PutItem
 * (version must be unchanged) records a session, so two concurrent bookings cannot both pass
 * a limit check and no transaction is needed. A forecast reads 100 patients per BatchGetItem.
 */
public final class DynamoDbSessionLedger implements SessionLedgerStore {
    /** BatchGetItem's limit per request. */
    static final int BATCH_SIZE = 100;
    private static final int MAX_UNPROCESSED_ROUNDS = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbSessionLedger(DynamoDbClient dynamo, String sessionsTable) {
        this.dynamo = dynamo;
        this.table = sessionsTable;
    }

    @Override
    public PatientLedger load(String patientId) {
        var response = DynamoDbFailures.call(() -> dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(patientId))));
        return response.hasItem() && !response.item().isEmpty() ? ledger(response.item()) : PatientLedger.empty();
    }

    @Override
    public Map<String, PatientLedger> loadAll(Collection<String> patientIds) {
        Map<String, PatientLedger> ledgers = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(patientIds));
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE))
                    .stream().map(DynamoDbSessionLedger::key).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            for (int round = 0; !request.isEmpty(); round++) {
                if (round > 0) {
                    backOff(round);
                }
                if (round >= MAX_UNPROCESSED_ROUNDS) {
                    throw new StorageUnavailableException(
                            "DynamoDB left keys unprocessed after " + MAX_UNPROCESSED_ROUNDS + " rounds", null);
                }
                Map<String, KeysAndAttributes> pending = request;
                BatchGetItemResponse response = DynamoDbFailures.call(() -> dynamo.batchGetItem(b -> b.requestItems(pending)));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    ledgers.put(item.get(TableBootstrap.PK).s(), ledger(item));
                }
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        for (String id : ids) {
            ledgers.putIfAbsent(id, PatientLedger.empty());
        }
        return ledgers;
    }

    @Override
    public boolean replaceIfVersion(String patientId, PatientLedger updated, long expectedVersion) {
        Map<String, AttributeValue> item = new HashMap<>(key(patientId));
        item.put("version", AttributeValue.fromN(Long.toString(updated.version())));
        item.put("sessions", AttributeValue.fromL(updated.sessions().stream().map(DynamoDbSessionLedger::sessionItem).toList()));
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table).item(item);
        if (expectedVersion == 0) {
            put.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", TableBootstrap.PK));
        } else {
            put.conditionExpression("#v = :expected")
                    .expressionAttributeNames(Map.of("#v", "version"))
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))));
        }
        try {
            DynamoDbFailures.call(() -> dynamo.putItem(put.build()));
            return true;
        } catch (ConditionalCheckFailedException lostRace) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String patientId) {
        return Map.of(TableBootstrap.PK, AttributeValue.fromS(patientId));
    }

    private static PatientLedger ledger(Map<String, AttributeValue> item) {
        long version = Long.parseLong(item.get("version").n());
        List<RecordedSession> sessions = item.containsKey("sessions")
                ? item.get("sessions").l().stream().map(v -> session(v.m())).toList()
                : List.of();
        return new PatientLedger(version, sessions);
    }

    private static AttributeValue sessionItem(RecordedSession s) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("id", AttributeValue.fromS(s.sessionId()));
        m.put("date", AttributeValue.fromS(s.dateOfService().toString()));
        m.put("payer", AttributeValue.fromS(s.payerId()));
        m.put("site", AttributeValue.fromS(s.siteOfService().name()));
        m.put("procedure", AttributeValue.fromS(s.procedure().name()));
        if (s.purpose() != null) {
            m.put("purpose", AttributeValue.fromS(s.purpose().name()));
        }
        m.put("levels", AttributeValue.fromL(s.levels().stream().map(l -> AttributeValue.fromS(l.name())).toList()));
        m.put("laterality", AttributeValue.fromS(s.laterality().name()));
        m.put("guidance", AttributeValue.fromS(s.guidance().name()));
        m.put("status", AttributeValue.fromS(s.status().name()));
        m.put("region", AttributeValue.fromS(s.region().name()));
        m.put("counter", AttributeValue.fromS(s.counter().name()));
        return AttributeValue.fromM(m);
    }

    private static RecordedSession session(Map<String, AttributeValue> m) {
        return new RecordedSession(
                m.get("id").s(),
                LocalDate.parse(m.get("date").s()),
                m.get("payer").s(),
                SiteOfService.valueOf(m.get("site").s()),
                Procedure.valueOf(m.get("procedure").s()),
                m.containsKey("purpose") ? Purpose.valueOf(m.get("purpose").s()) : null,
                m.get("levels").l().stream().map(v -> FacetLevel.valueOf(v.s())).toList(),
                Laterality.valueOf(m.get("laterality").s()),
                Guidance.valueOf(m.get("guidance").s()),
                SessionStatus.valueOf(m.get("status").s()),
                SpinalRegion.valueOf(m.get("region").s()),
                FrequencyCounter.valueOf(m.get("counter").s()));
    }

    private static void backOff(int round) {
        try {
            Thread.sleep(Math.min(1000L, 25L << round));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException("interrupted while retrying unprocessed keys", e);
        }
    }
}
