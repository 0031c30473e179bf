package com.facetestimator.domain.frequency;

import java.util.Collection;
import java.util.Map;

/**
 * Where patients' session ledgers are kept (the DynamoDB adapter implements this with one
 * item per patient and a conditional PutItem). Implementations must keep patient ids out of
 * exception messages and logs.
 */
public interface SessionLedgerStore {

    /** The patient's ledger; {@link PatientLedger#empty()} (version 0) when nothing is stored. */
    PatientLedger load(String patientId);

    /** The ledgers of several patients (forecasts), keyed by patient id: every id asked for, with an empty ledger when nothing is stored. */
    Map<String, PatientLedger> loadAll(Collection<String> patientIds);

    /**
     * Stores {@code updated} only if the stored ledger is still at {@code expectedVersion}
     * (0: nothing stored yet). Returns false when another writer got there first.
     */
    boolean replaceIfVersion(String patientId, PatientLedger updated, long expectedVersion);
}
