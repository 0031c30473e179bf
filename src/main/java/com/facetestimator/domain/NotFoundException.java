package com.facetestimator.domain;

/** A referenced thing (payer, session) does not exist. {@code field} names what the client sent. */
public final class NotFoundException extends RuntimeException {
    private final String field;

    public NotFoundException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
