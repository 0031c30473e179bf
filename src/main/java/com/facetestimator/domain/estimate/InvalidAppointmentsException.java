package com.facetestimator.domain.estimate;

import com.facetestimator.domain.FieldError;
import java.util.List;

/**
 * Appointments of a forecast the domain cannot act on (an unknown payer, levels the coding
 * rules refuse), each named by its position in the batch and its own field ({@code levels[1]}),
 * so the edge can name it as the client wrote it: a JSON path or a CSV line and column.
 *
 * @param total every problem found; only the first {@link RevenueForecast#MAX_LISTED_ERRORS} are kept
 */
public final class InvalidAppointmentsException extends RuntimeException {
    /** A problem with the appointment at {@code index} (0-based, in the order given). */
    public record Rejection(int index, FieldError error) {}

    private final transient List<Rejection> rejections;
    private final int total;

    public InvalidAppointmentsException(List<Rejection> rejections, int total) {
        super(rejections.size() + " of " + total + " appointment problems", null, false, false);
        this.rejections = List.copyOf(rejections);
        this.total = total;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public int total() {
        return total;
    }
}
