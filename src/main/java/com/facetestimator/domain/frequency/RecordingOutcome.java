package com.facetestimator.domain.frequency;

import java.util.Objects;

/**
 * What recording a session in a {@link PatientLedger} came to. Verdicts are null when the
 * payer has no frequency policy.
 */
public sealed interface RecordingOutcome {

    /** Written: {@code updated} is the ledger to store (version + 1); the verdict is against the ledger before. */
    record Recorded(PatientLedger updated, RecordedSession session, FrequencyVerdict verdict) implements RecordingOutcome {
        public Recorded {
            Objects.requireNonNull(updated, "updated");
            Objects.requireNonNull(session, "session");
        }
    }

    /** The identical session is already recorded (a retry): nothing to write; verdict against the ledger without it. */
    record Replayed(RecordedSession session, FrequencyVerdict verdict) implements RecordingOutcome {
        public Replayed {
            Objects.requireNonNull(session, "session");
        }
    }

    /** The session id is already recorded with different content: nothing written (409 session-conflict). */
    record Conflict(String sessionId) implements RecordingOutcome {
        public Conflict {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** The caller required the session to be within the limit and it is not: nothing written (409 limit-exceeded). */
    record LimitExceeded(FrequencyVerdict verdict) implements RecordingOutcome {
        public LimitExceeded {
            Objects.requireNonNull(verdict, "verdict");
        }
    }
}
