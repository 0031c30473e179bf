package com.facetestimator.domain.estimate;

import com.facetestimator.domain.FieldError;
import java.util.List;

/**
 * Appointments of a batch whose place cannot be resolved (a ZIP code or locality the CMS files
 * do not have, an unknown facility or CBSA, ...). Each problem is given by its appointment's
 * position in the batch and the appointment's own field, so the edge can name the field in the
 * form the batch came in.
 */
public final class UnlocatedAppointmentsException extends RuntimeException {
    private final transient List<Position> positions;

    /** @param index the appointment's place in the batch, from 0; @param error its field and the problem */
    public record Position(int index, FieldError error) {}

    public UnlocatedAppointmentsException(List<Position> positions) {
        super(positions.size() + " problems locating appointments", null, false, false);
        this.positions = List.copyOf(positions);
    }

    public List<Position> positions() {
        return positions;
    }
}
