package com.facetestimator.domain;

import java.util.List;

/**
 * Input the domain cannot act on. Carries every field problem found, so a client can fix
 * them all at once. Messages never echo patient identifiers.
 */
public final class InvalidInputException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
