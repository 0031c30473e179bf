package com.facetestimator.domain.frequency;

import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One appointment in a patient's session ledger, identified by the caller's {@code sessionId}.
 * It holds no patient identifier: the ledger it belongs to is keyed by the caller.
 *
 * <p>{@code region} is the frequency region the caller computed with the coding engine (a
 * T12-L1 level done with lumbar levels makes a lumbar session); {@code counter} must agree
 * with {@link FrequencyCounter#of(Procedure, Purpose)}. {@code purpose} is null for RFA.
 * {@code levels} are stored sorted (spinal order), since their order carries no meaning.
 */
public record RecordedSession(
        String sessionId,
        LocalDate dateOfService,
        String payerId,
        SiteOfService siteOfService,
        Procedure procedure,
        Purpose purpose,
        List<FacetLevel> levels,
        Laterality laterality,
        Guidance guidance,
        SessionStatus status,
        SpinalRegion region,
        FrequencyCounter counter) {

    public RecordedSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(siteOfService, "siteOfService");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(laterality, "laterality");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(counter, "counter");
        levels = levels.stream().map(l -> Objects.requireNonNull(l, "levels[]")).sorted().toList();
        if (counter != FrequencyCounter.of(procedure, purpose)) {
            throw new IllegalArgumentException("counter " + counter + " does not match " + procedure + "/" + purpose);
        }
    }

    /** Whether this session counts toward frequency limits (it is not cancelled). */
    public boolean counts() {
        return status.counts();
    }

    /**
     * Same appointment content and status as {@code other}, ignoring the session id: tells an
     * idempotent replay of a recording (true) from a conflicting reuse of a session id (false).
     * Levels compare regardless of the order they were sent in.
     */
    public boolean sameContentAs(RecordedSession other) {
        return other != null
                && dateOfService.equals(other.dateOfService)
                && payerId.equals(other.payerId)
                && siteOfService == other.siteOfService
                && procedure == other.procedure
                && purpose == other.purpose
                && levels.equals(other.levels)
                && laterality == other.laterality
                && guidance == other.guidance
                && status == other.status
                && region == other.region
                && counter == other.counter;
    }

    public RecordedSession withStatus(SessionStatus newStatus) {
        return new RecordedSession(sessionId, dateOfService, payerId, siteOfService, procedure, purpose,
                levels, laterality, guidance, Objects.requireNonNull(newStatus, "status"), region, counter);
    }
}
