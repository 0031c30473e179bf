package com.facetestimator.domain.frequency;

/**
 * A patient's ledger kept changing under us: every attempt to write lost the race to another
 * writer. Transient; the API answers 503 with Retry-After. Never names the patient.
 */
public final class LedgerContentionException extends RuntimeException {
    private final int attempts;

    public LedgerContentionException(int attempts) {
        super("session ledger changed concurrently on each of " + attempts + " attempts", null, false, false);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
