package com.facetestimator.domain.estimate;

import com.facetestimator.domain.NotFoundException;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.frequency.FrequencyPolicy;
import com.facetestimator.domain.frequency.LedgerContentionException;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.RecordingOutcome;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.frequency.SessionStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * Recording sessions and changing their status with optimistic concurrency: load the ledger,
 * decide, write with {@link SessionLedgerStore#replaceIfVersion}; when another writer got
 * there first, reload and decide again, at most {@code maxAttempts} times, then give up with
 * {@link LedgerContentionException}. Outcomes that write nothing (replay, conflict, limit
 * exceeded, unchanged status) return without writing. Nothing thrown here names the patient.
 */
public final class SessionRecording {

    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private final SessionLedgerStore store;
    private final FrequencyPolicies policies;
    private final int maxAttempts;

    public SessionRecording(SessionLedgerStore store, FrequencyPolicies policies) {
        this(store, policies, DEFAULT_MAX_ATTEMPTS);
    }

    public SessionRecording(SessionLedgerStore store, FrequencyPolicies policies, int maxAttempts) {
        this.store = Objects.requireNonNull(store, "store");
        this.policies = Objects.requireNonNull(policies, "policies");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * POST /patients/{id}/sessions.
     *
     * @param frequencyPolicyId the payer's policy id, or null when the payer has none; the version in
     *                          force on the session's date judges it (none in force: no verdict)
     * @param payerType         the payer's type, which decides who is liable for a session over the limit
     * @throws IllegalArgumentException   when the policy id is not a known policy (a configuration error)
     * @throws LedgerContentionException  when every attempt lost the race
     */
    public RecordingOutcome record(String patientId, RecordedSession candidate, String frequencyPolicyId,
                                   String payerType, boolean requireWithinLimit, boolean abnOnFile) {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(candidate, "candidate");
        if (frequencyPolicyId != null && !policies.knows(frequencyPolicyId)) {
            throw new IllegalArgumentException("unknown frequency policy " + frequencyPolicyId);
        }
        FrequencyPolicy policy = policies.find(frequencyPolicyId, candidate.dateOfService(), payerType).orElse(null);
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            PatientLedger ledger = store.load(patientId);
            RecordingOutcome outcome = ledger.record(candidate, policy, requireWithinLimit, abnOnFile);
            if (!(outcome instanceof RecordingOutcome.Recorded recorded)
                    || store.replaceIfVersion(patientId, recorded.updated(), ledger.version())) {
                return outcome;
            }
        }
        throw new LedgerContentionException(maxAttempts);
    }

    /**
     * PATCH /patients/{id}/sessions/{sessionId}: the session with its new status. Setting the
     * status it already has writes nothing.
     *
     * @throws NotFoundException          (field {@code sessionId}) when the patient has no such session
     * @throws LedgerContentionException  when every attempt lost the race
     */
    public RecordedSession updateStatus(String patientId, String sessionId, SessionStatus status) {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(status, "status");
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            PatientLedger ledger = store.load(patientId);
            RecordedSession current = ledger.find(sessionId)
                    .orElseThrow(() -> new NotFoundException("sessionId", "no recorded session with that id"));
            if (current.status() == status) {
                return current;
            }
            Optional<PatientLedger> updated = ledger.withStatus(sessionId, status);
            if (store.replaceIfVersion(patientId, updated.orElseThrow(), ledger.version())) {
                return current.withStatus(status);
            }
        }
        throw new LedgerContentionException(maxAttempts);
    }
}
