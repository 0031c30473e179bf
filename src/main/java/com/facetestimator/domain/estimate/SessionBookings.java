package com.facetestimator.domain.estimate;

import com.facetestimator.domain.NotFoundException;
import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.coding.CodingResult;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.SpinalRegion;
import com.facetestimator.domain.frequency.CounterStatus;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.frequency.FrequencyPolicy;
import com.facetestimator.domain.frequency.LedgerContentionException;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.RecordingOutcome;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.frequency.SessionStatus;
import com.facetestimator.domain.pricing.PayerDirectory;
import com.facetestimator.domain.pricing.PayerProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sessions use cases behind the API: book a session (code it for its frequency region,
 * find the payer's frequency policy, record it with optimistic retries), change a session's
 * status, and list a patient's sessions and counters. The clock only supplies the default
 * "as of" date of the listing; every other date comes from the request.
 */
public final class SessionBookings {

    /**
     * The frequency region and level validation do not depend on the payer, so sessions are coded
     * with neutral conventions and no coverage policy: a payer profile with a broken billing setup
     * cannot block recording what was scheduled.
     */
    private static final BillingConventions REGION_ONLY =
            new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT, null);

    private final PayerDirectory payers;
    private final CodingEngine coding;
    private final SessionLedgerStore store;
    private final FrequencyPolicies policies;
    private final SessionRecording recording;
    private final Clock clock;

    public SessionBookings(PayerDirectory payers, CodingEngine coding, SessionLedgerStore store,
                           FrequencyPolicies policies, Clock clock) {
        this(payers, coding, store, policies, SessionRecording.DEFAULT_MAX_ATTEMPTS, clock);
    }

    /** @param maxAttempts how many times a write that lost a race is decided again before giving up */
    public SessionBookings(PayerDirectory payers, CodingEngine coding, SessionLedgerStore store,
                           FrequencyPolicies policies, int maxAttempts, Clock clock) {
        this.payers = Objects.requireNonNull(payers, "payers");
        this.coding = Objects.requireNonNull(coding, "coding");
        this.store = Objects.requireNonNull(store, "store");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.recording = new SessionRecording(store, policies, maxAttempts);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a session (the booking is valid: the edge built it). An unknown payer is a
     * {@link NotFoundException} on {@code payerId}. A payer without a frequency policy records
     * the session with a null verdict.
     *
     * @throws LedgerContentionException when every attempt lost the race to another writer
     */
    public RecordingOutcome book(String patientId, SessionBooking booking) {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(booking, "booking");
        Appointment appointment = booking.appointment();
        ProcedureRequest request = appointment.request();
        CodingResult coded = coding.code(request, REGION_ONLY);
        PayerProfile payer = payers.find(appointment.payerId())
                .orElseThrow(() -> new NotFoundException("payerId", "no payer profile with that id"));
        FrequencyCounter counter = FrequencyCounter.of(request.procedure(), request.purpose());
        RecordedSession candidate = new RecordedSession(
                booking.sessionId(),
                request.dateOfService(),
                payer.payerId(),
                request.siteOfService(),
                request.procedure(),
                // RFA is therapeutic whether or not the caller said so: stored without a purpose, so
                // a retry that spells it out is still the same session.
                request.procedure() == Procedure.RFA ? null : request.purpose(),
                coded.levels(),
                request.laterality(),
                request.guidance(),
                booking.status(),
                coded.region(),
                counter);
        return recording.record(patientId, candidate, payer.frequencyPolicyId(), payer.type().name(), booking.requireWithinLimit(),
                appointment.abnOnFile());
    }

    /**
     * PATCH: the session with its new status (any status may follow any other; CANCELLED stops it
     * counting).
     *
     * @throws NotFoundException         (field {@code sessionId}) when the patient has no such session
     * @throws LedgerContentionException when every attempt lost the race
     */
    public RecordedSession updateStatus(String patientId, String sessionId, SessionStatus status) {
        return recording.updateStatus(patientId, sessionId, status);
    }

    /**
     * The patient's sessions and counters as of {@code asOf} (today in UTC by the clock when null),
     * optionally for one region. There is no payer on this request, so the counters use the
     * policy the frequency data names for it (the Medicare facet LCD), in the version in force on
     * that date. A patient with nothing recorded is not an error: both lists are empty.
     */
    public SessionOverview overview(String patientId, SpinalRegion region, LocalDate asOf) {
        Objects.requireNonNull(patientId, "patientId");
        LocalDate date = asOf != null ? asOf : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String policyId = policies.countersPolicyId();
        // No payer here, so no liability: the counters need only the limits of the version in force.
        FrequencyPolicy policy = policies.find(policyId, date, null).orElse(null);
        PatientLedger ledger = store.load(patientId);
        List<RecordedSession> sessions = ledger.sessions().stream()
                .filter(s -> region == null || s.region() == region)
                .sorted(Comparator.comparing(RecordedSession::dateOfService)) // stable: same day keeps recording order
                .toList();
        if (ledger.sessions().isEmpty() || policy == null) {
            return new SessionOverview(policyId, policy, date, sessions, List.of());
        }
        List<CounterStatus> counters = policy.counters(ledger.sessions(), date).stream()
                .filter(c -> region == null || c.region() == region)
                .toList();
        return new SessionOverview(policyId, policy, date, sessions, counters);
    }
}
