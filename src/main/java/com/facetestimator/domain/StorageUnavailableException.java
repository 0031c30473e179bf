package com.facetestimator.domain;

/**
 * A store behind a port could not answer: unreachable, timed out, throttled, failing or busy.
 * Transient, and nothing was written; the API answers 503 with Retry-After. The adapters
 * translate their own failures into this one, so callers never see a storage SDK's types.
 * Never names a patient.
 */
public final class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
