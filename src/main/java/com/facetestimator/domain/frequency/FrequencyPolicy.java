package com.facetestimator.domain.frequency;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.NoncoveredLiability;
import com.facetestimator.domain.coding.OpenEndedPeriod;
import com.facetestimator.domain.coding.Rule;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a payer's frequency limits for facet procedures, loaded from data: a new LCD
 * revision is a new version with its own effective period, and the date of service picks it
 * ({@link FrequencyPolicies#find}), so earlier dates keep the limits they were billed under.
 *
 * @param revision            the source's revision label, e.g. {@code 2024-08}
 * @param effectiveTo         last day of the version, inclusive; null while in force
 * @param source              the policy version as a response source, e.g. "Facet Joint Interventions LCDs ... rev. 2024-08"
 * @param limits              the most sessions per spinal region per rolling window, for every counter (each ≥ 1)
 * @param limitRules          the rule of each counter's limit (its finding when exceeded)
 * @param windowMonths        the rolling window's length (12 for the facet LCDs)
 * @param confirmatoryMinDays the least days between a diagnostic session and the previous one in the
 *                            region before a WARNING (14; 0 turns the check off)
 * @param liability           who pays a service over the limit for the payer type this version was
 *                            looked up for (GA/GZ for Original Medicare); null when the policy says nothing for it
 */
public record FrequencyPolicy(
        String policyId,
        String revision,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source,
        Map<FrequencyCounter, Integer> limits,
        Map<FrequencyCounter, Rule> limitRules,
        int windowMonths,
        int confirmatoryMinDays,
        Rule confirmatoryRule,
        NoncoveredLiability liability) implements OpenEndedPeriod {

    public FrequencyPolicy {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(revision, "revision");
        OpenEndedPeriod.requireOrdered(effectiveFrom, effectiveTo, "policy " + policyId + " rev. " + revision);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(limitRules, "limitRules");
        Objects.requireNonNull(confirmatoryRule, "confirmatoryRule");
        if (policyId.isBlank()) {
            throw new IllegalArgumentException("policyId is blank");
        }
        EnumMap<FrequencyCounter, Integer> copy = new EnumMap<>(FrequencyCounter.class);
        EnumMap<FrequencyCounter, Rule> rules = new EnumMap<>(FrequencyCounter.class);
        for (FrequencyCounter counter : FrequencyCounter.values()) {
            Integer limit = limits.get(counter);
            if (limit == null || limit < 1) {
                throw new IllegalArgumentException("policy " + policyId + " needs a limit of at least 1 for " + counter);
            }
            copy.put(counter, limit);
            rules.put(counter, Objects.requireNonNull(limitRules.get(counter), "limit rule of " + counter));
        }
        limits = Collections.unmodifiableMap(copy);
        limitRules = Collections.unmodifiableMap(rules);
        if (windowMonths < 1) {
            throw new IllegalArgumentException("windowMonths must be at least 1");
        }
        if (confirmatoryMinDays < 0) {
            throw new IllegalArgumentException("confirmatoryMinDays must not be negative");
        }
    }

    /** e.g. "MEDICARE-FACET-LCD rev. 2024-08". */
    public String versionLabel() {
        return policyId + " rev. " + revision;
    }

    /** The same version with the liability of another payer type (or none). */
    public FrequencyPolicy withLiability(NoncoveredLiability other) {
        return new FrequencyPolicy(policyId, revision, effectiveFrom, effectiveTo, source, limits, limitRules, windowMonths,
                confirmatoryMinDays, confirmatoryRule, other);
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
            findings.add(exceededFinding(region, counter, limit, dateOfService, used, peak, next));
            if (liability != null) {
                modifier = liability.modifier(abnOnFile);
                findings.add(liability.finding(abnOnFile));
            }
        }
        if (counter == FrequencyCounter.DIAGNOSTIC && confirmatoryMinDays > 0) {
            LocalDate previous = window.latestBefore(dateOfService);
            if (previous != null) {
                long days = ChronoUnit.DAYS.between(previous, dateOfService);
                if (days < confirmatoryMinDays) {
                    findings.add(confirmatoryRule.finding(Finding.Severity.WARNING,
                            "The previous diagnostic facet session in the " + regionName(region) + " region was on "
                                    + previous + ", " + days + (days == 1 ? " day" : " days") + " before " + dateOfService
                                    + "; the confirmatory block is expected at least " + confirmatoryMinDays
                                    + " days after the first."));
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
        return limitRules.get(counter).finding(Finding.Severity.ERROR, message);
    }

    private static String regionName(SpinalRegion region) {
        return region == SpinalRegion.LUMBAR_SACRAL ? "lumbar/sacral" : "cervical/thoracic";
    }
}
