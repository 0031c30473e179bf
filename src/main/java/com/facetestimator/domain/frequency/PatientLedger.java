package com.facetestimator.domain.frequency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One patient's recorded sessions, with the version the store holds them at (0: nothing
 * stored yet). Immutable: every change returns a new ledger at {@code version + 1}, which
 * the caller stores with {@link SessionLedgerStore#replaceIfVersion}. It holds no patient id.
 *
 * @param sessions in recording order; session ids are unique
 */
public record PatientLedger(long version, List<RecordedSession> sessions) {

    public PatientLedger {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        sessions = List.copyOf(sessions);
        Set<String> ids = new HashSet<>();
        for (RecordedSession session : sessions) {
            if (!ids.add(session.sessionId())) {
                throw new IllegalArgumentException("duplicate session id in ledger");
            }
        }
    }

    /** A patient with nothing recorded yet. */
    public static PatientLedger empty() {
        return new PatientLedger(0, List.of());
    }

    public Optional<RecordedSession> find(String sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst();
    }

    /**
     * Decides what recording {@code candidate} comes to (POST /patients/{id}/sessions), in order:
     * an identical session with that id already here is a {@link RecordingOutcome.Replayed
     * replay}, a different one a {@link RecordingOutcome.Conflict conflict}; then the verdict
     * against the ledger as it is; with {@code requireWithinLimit} an exceeded verdict is
     * {@link RecordingOutcome.LimitExceeded} and nothing is recorded; otherwise the session is
     * {@link RecordingOutcome.Recorded recorded}, exceeded or not.
     *
     * @param policy the payer's frequency policy, or null when it has none (verdicts are then null)
     * @throws IllegalArgumentException for a CANCELLED candidate (the edge refuses one)
     */
    public RecordingOutcome record(RecordedSession candidate, FrequencyPolicy policy, boolean requireWithinLimit,
                                   boolean abnOnFile) {
        Objects.requireNonNull(candidate, "candidate");
        if (!candidate.counts()) {
            throw new IllegalArgumentException("a new session must be SCHEDULED or PERFORMED");
        }
        Optional<RecordedSession> existing = find(candidate.sessionId());
        if (existing.isPresent()) {
            if (!existing.get().sameContentAs(candidate)) {
                return new RecordingOutcome.Conflict(candidate.sessionId());
            }
            List<RecordedSession> others = sessions.stream()
                    .filter(s -> !s.sessionId().equals(candidate.sessionId())).toList();
            return new RecordingOutcome.Replayed(existing.get(), verdict(others, candidate, policy, abnOnFile));
        }
        FrequencyVerdict verdict = verdict(sessions, candidate, policy, abnOnFile);
        if (requireWithinLimit && verdict != null && verdict.exceeded()) {
            return new RecordingOutcome.LimitExceeded(verdict);
        }
        List<RecordedSession> updated = new ArrayList<>(sessions);
        updated.add(candidate);
        return new RecordingOutcome.Recorded(new PatientLedger(version + 1, updated), candidate, verdict);
    }

    /**
     * The ledger with that session's status changed (PATCH): a CANCELLED session stops counting.
     * Any status may follow any other. Empty if the session id is unknown.
     */
    public Optional<PatientLedger> withStatus(String sessionId, SessionStatus status) {
        Objects.requireNonNull(status, "status");
        if (find(sessionId).isEmpty()) {
            return Optional.empty();
        }
        List<RecordedSession> updated = sessions.stream()
                .map(s -> s.sessionId().equals(sessionId) ? s.withStatus(status) : s)
                .toList();
        return Optional.of(new PatientLedger(version + 1, updated));
    }

    private static FrequencyVerdict verdict(List<RecordedSession> history, RecordedSession candidate,
                                            FrequencyPolicy policy, boolean abnOnFile) {
        return policy == null ? null
                : policy.assess(history, candidate.region(), candidate.counter(), candidate.dateOfService(), abnOnFile);
    }
}
