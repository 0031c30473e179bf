package com.facetestimator.domain.estimate;

import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.frequency.SessionStatus;
import java.util.Objects;

/**
 * What POST /patients/{patientId}/sessions asks for, decoded but not yet checked against the
 * coding rules or the payer directory. It holds no patient id: the caller passes that
 * separately, so this record can be logged or compared without exposing PHI.
 *
 * @param sessionId          the caller's appointment id, already checked as 1-64 of [A-Za-z0-9._-]
 * @param appointment        the facet session as the coding engine reads it (validated there)
 * @param status             SCHEDULED or PERFORMED
 * @param requireWithinLimit refuse (record nothing) when the session would exceed the payer's frequency limit
 * @param abnOnFile          a signed ABN exists: decides GA or GZ when the limit is exceeded
 */
public record SessionBooking(String sessionId, String payerId, ProcedureRequest appointment, SessionStatus status,
                             boolean requireWithinLimit, boolean abnOnFile) {
    public SessionBooking {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(status, "status");
    }
}
