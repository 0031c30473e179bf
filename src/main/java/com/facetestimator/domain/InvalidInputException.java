package com.facetestimator.domain;

import java.util.List;

/**
 * Input the domain cannot act on. Carries every field problem found, so a client can fix
 * them all at once. Messages never echo patient identifiers.
 */
public final class InvalidInputException extends RuntimeException {
    private final transient List<FieldError> errors;
    private final int total;

    public InvalidInputException(List<FieldError> errors) {
        this(errors, -1);
    }

    /** A batch's first {@code errors} of {@code total} problems found in all. */
    public InvalidInputException(List<FieldError> errors, int total) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** How many problems a batch has in all ({@link #errors()} may list fewer); -1 when the list is complete. */
    public int total() {
        return total;
    }
}
