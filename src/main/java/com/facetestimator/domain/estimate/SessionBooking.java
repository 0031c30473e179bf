package com.facetestimator.domain.estimate;

import com.facetestimator.domain.frequency.SessionStatus;
import java.util.Objects;

/**
 * What POST /patients/{patientId}/sessions asks for, decoded but not yet checked against the
 * coding rules or the payer directory. The patient is not in here: the appointment's
 * {@code patientId} is null (the caller passes the path's id separately), so this record can be
 * compared or logged without exposing PHI.
 *
 * @param sessionId          the caller's appointment id, already checked as 1-64 of [A-Za-z0-9._-]
 * @param appointment        the appointment fields; {@code coverage} is accepted and validated but
 *                           does not affect the ledger, {@code abnOnFile} decides GA or GZ
 * @param status             SCHEDULED or PERFORMED
 * @param requireWithinLimit refuse (record nothing) when the session would exceed the payer's frequency limit
 */
public record SessionBooking(String sessionId, Appointment appointment, SessionStatus status, boolean requireWithinLimit) {
    public SessionBooking {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(status, "status");
        if (appointment.patientId() != null) {
            throw new IllegalArgumentException("the patient of a booking is passed separately, not in the appointment");
        }
    }
}
