package com.facetestimator.domain.estimate;

import java.util.List;

/**
 * A batch names payers that have no profile loaded. Each is given by its appointment's position
 * in the batch, so the edge can name the field in the form the batch came in.
 */
public final class UnknownPayersException extends RuntimeException {
    private final transient List<Position> positions;

    /** @param index the appointment's place in the batch, from 0 */
    public record Position(int index, String payerId) {}

    public UnknownPayersException(List<Position> positions) {
        super(positions.size() + " appointments name a payer with no profile loaded", null, false, false);
        this.positions = List.copyOf(positions);
    }

    public List<Position> positions() {
        return positions;
    }
}
