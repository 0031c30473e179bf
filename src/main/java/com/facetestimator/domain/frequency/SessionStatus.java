package com.facetestimator.domain.frequency;

/** Where a recorded session stands. Cancelled sessions never count toward frequency limits. */
public enum SessionStatus {
    SCHEDULED, PERFORMED, CANCELLED;

    /** Whether a session in this status counts toward frequency limits. */
    public boolean counts() {
        return this != CANCELLED;
    }
}
