package com.facetestimator.api;

/** The store stayed contended after the bounded retries: answered 503 with Retry-After. */
public final class StorageBusyException extends RuntimeException {
    public StorageBusyException(String message) {
        super(message, null, false, false);
    }
}
