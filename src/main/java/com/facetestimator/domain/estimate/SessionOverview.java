package com.facetestimator.domain.estimate;

import com.facetestimator.domain.frequency.CounterStatus;
import com.facetestimator.domain.frequency.FrequencyPolicy;
import com.facetestimator.domain.frequency.RecordedSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A patient's sessions and frequency counters as of a date (GET /patients/{patientId}/sessions).
 *
 * @param policyId      the frequency policy the counters are computed with
 * @param policyVersion the version of it in force on {@code asOf} that they were counted against;
 *                      null when no version is in force then (counters are then empty)
 * @param sessions      every recorded session (cancelled ones included, marked as such), by date of service
 * @param counters      one per region and counter of the policy; empty when the patient has no sessions at all
 */
public record SessionOverview(String policyId, FrequencyPolicy policyVersion, LocalDate asOf,
                              List<RecordedSession> sessions, List<CounterStatus> counters) {
    public SessionOverview {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(asOf, "asOf");
        sessions = List.copyOf(sessions);
        counters = List.copyOf(counters);
    }
}
