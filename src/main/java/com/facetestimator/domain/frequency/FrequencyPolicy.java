package com.facetestimator.domain.frequency;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A payer's frequency limits for facet procedures, as data: a new LCD revision is a new
 * instance in {@link FrequencyPolicies}, not new code.
 *
 * @param limits              the most sessions per spinal region per rolling window, for every counter (each ≥ 1)
 * @param windowMonths        the rolling window's length (12 for the facet LCDs)
 * @param confirmatoryMinDays the least days between a diagnostic session and the previous one in the
 *                            region before a WARNING (14; 0 turns the check off)
 */
public record FrequencyPolicy(
        String policyId,
        String citation,
        Finding.Confidence confidence,
        Map<FrequencyCounter, Integer> limits,
        int windowMonths,
        int confirmatoryMinDays) {

    public FrequencyPolicy {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(limits, "limits");
        if (policyId.isBlank()) {
            throw new IllegalArgumentException("policyId is blank");
        }
        EnumMap<FrequencyCounter, Integer> copy = new EnumMap<>(FrequencyCounter.class);
        for (FrequencyCounter counter : FrequencyCounter.values()) {
            Integer limit = limits.get(counter);
            if (limit == null || limit < 1) {
                throw new IllegalArgumentException("policy " + policyId + " needs a limit of at least 1 for " + counter);
            }
            copy.put(counter, limit);
        }
        limits = java.util.Collections.unmodifiableMap(copy);
        if (windowMonths < 1) {
            throw new IllegalArgumentException("windowMonths must be at least 1");
        }
        if (confirmatoryMinDays < 0) {
            throw new IllegalArgumentException("confirmatoryMinDays must not be negative");
        }
    }

    public int limit(FrequencyCounter counter) {
        return limits.get(counter);
    }

    /** The window's name in the API, e.g. {@code ROLLING_12_MONTHS}. */
    public String window() {
        return "ROLLING_" + windowMonths + "_MONTHS";
    }

    /**
     * The verdict for one more session of {@code counter} in {@code region} on {@code dateOfService}.
     *
     * <p>{@code history} is the patient's recorded sessions <strong>without</strong> the one being
     * assessed (callers leave a replayed session out); sessions of other regions or counters and
     * cancelled ones are ignored, sessions of every payer count, and future scheduled sessions
     * count too (a booking can break a later window). Two sessions on one date count as two.
     */
    public FrequencyVerdict assess(List<RecordedSession> history, SpinalRegion region, FrequencyCounter counter,
                                   LocalDate dateOfService, boolean abnOnFile) {
        Objects.requireNonNull(history, "history");
        return assessDates(countingDates(history, region, counter), region, counter, dateOfService, abnOnFile);
    }

    /**
     * Each region × counter as of {@code asOf}: sessions used in the window ending then, and
     * the date a new session would next be allowed (null if allowed on {@code asOf}).
     */
    public List<CounterStatus> counters(List<RecordedSession> history, LocalDate asOf) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(asOf, "asOf");
        List<CounterStatus> statuses = new ArrayList<>();
        for (SpinalRegion region : SpinalRegion.values()) {
            for (FrequencyCounter counter : FrequencyCounter.values()) {
                RollingWindow window = new RollingWindow(windowMonths, countingDates(history, region, counter));
                int limit = limit(counter);
                LocalDate next = window.wouldExceed(asOf, limit) ? window.earliestAllowed(asOf, limit) : null;
                statuses.add(new CounterStatus(region, counter, limit, window.countEndingOn(asOf), next));
            }
        }
        return List.copyOf(statuses);
    }

    /** The dates of the sessions that count toward {@code region} and {@code counter}. */
    static List<LocalDate> countingDates(Collection<RecordedSession> history, SpinalRegion region,
                                         FrequencyCounter counter) {
        return history.stream()
                .filter(s -> s.counts() && s.region() == region && s.counter() == counter)
                .map(RecordedSession::dateOfService)
                .toList();
    }

    /** {@link #assess} over the dates of the sessions that count toward this region and counter. */
    FrequencyVerdict assessDates(Collection<LocalDate> countingDates, SpinalRegion region, FrequencyCounter counter,
                                 LocalDate dateOfService, boolean abnOnFile) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(dateOfService, "dateOfService");
        RollingWindow window = new RollingWindow(windowMonths, countingDates);
        int limit = limit(counter);
        int used = window.countEndingOn(dateOfService);
        RollingWindow.Peak peak = window.peakAround(dateOfService);
        boolean exceeded = peak.count() >= limit;
        List<Finding> findings = new ArrayList<>();
        LocalDate next = null;
        String modifier = null;
        if (exceeded) {
            next = window.earliestAllowed(dateOfService, limit);
            modifier = AbnLiability.MEDICARE.modifier(abnOnFile);
            findings.add(exceededFinding(region, counter, limit, dateOfService, used, peak, next));
            findings.add(AbnLiability.MEDICARE.finding(abnOnFile));
        }
        if (counter == FrequencyCounter.DIAGNOSTIC && confirmatoryMinDays > 0) {
            LocalDate previous = window.latestBefore(dateOfService);
            if (previous != null) {
                long days = ChronoUnit.DAYS.between(previous, dateOfService);
                if (days < confirmatoryMinDays) {
                    findings.add(new Finding(Finding.Severity.WARNING, "LCD-DIAG-CONFIRMATORY-INTERVAL",
                            "The previous diagnostic facet session in the " + regionName(region) + " region was on "
                                    + previous + ", " + days + (days == 1 ? " day" : " days") + " before " + dateOfService
                                    + "; the confirmatory block is expected at least " + confirmatoryMinDays
                                    + " days after the first.",
                            citation, confidence));
                }
            }
        }
        return new FrequencyVerdict(region, counter, limit, window(), used, exceeded, next, modifier, findings);
    }

    private Finding exceededFinding(SpinalRegion region, FrequencyCounter counter, int limit, LocalDate date,
                                    int used, RollingWindow.Peak peak, LocalDate next) {
        String fullest = peak.windowEnd().equals(date)
                ? ""
                : "; the " + windowMonths + " months ending " + peak.windowEnd() + " would hold " + (peak.count() + 1)
                        + " with it, counting sessions already booked";
        String message = "Frequency limit exceeded: at most " + limit + " " + counter.description() + " "
                + (limit == 1 ? "session" : "sessions") + " per spinal region in any rolling " + windowMonths
                + " months. The " + regionName(region) + " region already has " + used + " in the "
                + windowMonths + " months up to " + date + fullest + ". A session on " + date
                + " is not covered; the next eligible date is " + next + ".";
        return new Finding(Finding.Severity.ERROR, "LCD-FREQ-" + counter.name(), message, citation, confidence);
    }

    private static String regionName(SpinalRegion region) {
        return region == SpinalRegion.LUMBAR_SACRAL ? "lumbar/sacral" : "cervical/thoracic";
    }
}
