package com.facetestimator.api;

import com.facetestimator.domain.estimate.SessionBookings;
import com.facetestimator.domain.frequency.RecordingOutcome;
import java.util.Map;

/**
 * A patient's facet sessions (docs/API.md, "Sessions"): POST records one with its frequency verdict,
 * GET lists sessions and counters, PATCH changes a session's status. Patient ids arrive only as
 * path parameters and leave only in the ledger's key: never in a response or a log line.
 */
public final class SessionsHandler extends HttpApiHandler {
    static final String POST = "POST /patients/{patientId}/sessions";
    static final String GET = "GET /patients/{patientId}/sessions";
    static final String PATCH = "PATCH /patients/{patientId}/sessions/{sessionId}";

    public SessionsHandler() {
        this(LambdaContainer.get().sessionBookings(), LambdaContainer.get().accessLog());
    }

    /** Logging to standard output. */
    public SessionsHandler(SessionBookings bookings) {
        this(bookings, AccessLog.standardOutput());
    }

    public SessionsHandler(SessionBookings bookings, AccessLog log) {
        super(Map.of(
                POST, request -> record(bookings, request),
                GET, request -> list(bookings, request),
                PATCH, request -> updateStatus(bookings, request)), log);
    }

    private static ApiResult record(SessionBookings bookings, ApiRequest request) {
        SessionsJson.Booking booking = SessionsJson.booking(request);
        RecordingOutcome outcome = bookings.book(booking.patientId(), booking.booking());
        if (outcome instanceof RecordingOutcome.Recorded recorded) {
            return new ApiResult(201, SessionsJson.recorded(recorded.session(), recorded.verdict()));
        }
        if (outcome instanceof RecordingOutcome.Replayed replayed) {
            return ApiResult.ok(SessionsJson.recorded(replayed.session(), replayed.verdict()));
        }
        if (outcome instanceof RecordingOutcome.LimitExceeded exceeded) {
            throw new ProblemException(SessionsJson.limitExceeded(exceeded.verdict()));
        }
        if (outcome instanceof RecordingOutcome.Conflict) {
            throw new ProblemException(SessionsJson.sessionConflict());
        }
        throw new IllegalStateException("unhandled recording outcome " + outcome.getClass().getSimpleName());
    }

    private static ApiResult list(SessionBookings bookings, ApiRequest request) {
        SessionsJson.Listing listing = SessionsJson.listing(request);
        return ApiResult.ok(SessionsJson.overview(bookings.overview(listing.patientId(), listing.region(), listing.asOf())));
    }

    private static ApiResult updateStatus(SessionBookings bookings, ApiRequest request) {
        SessionsJson.StatusChange change = SessionsJson.statusChange(request);
        return ApiResult.ok(SessionsJson.session(bookings.updateStatus(change.patientId(), change.sessionId(), change.status())));
    }
}
