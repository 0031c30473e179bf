package com.facetestimator.domain.frequency;

import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One patient's planned appointments against the frequency limits (POST /forecasts): they are
 * assessed in date order (same date: by key), together with the sessions already recorded,
 * and each appointment that stays within its limit consumes it for those after; one that
 * exceeds does not (it would not be covered, and is flagged instead).
 */
public final class FrequencyTimeline {

    private FrequencyTimeline() {}

    /**
     * @param recorded the patient's recorded sessions (cancelled ones are ignored); the planned
     *                 appointments must not repeat them
     * @return the verdict per appointment key, in assessment order
     * @throws IllegalArgumentException when two appointments share a key (the edge refuses repeated ids)
     */
    public static Map<String, FrequencyVerdict> assess(FrequencyPolicy policy, List<RecordedSession> recorded,
                                                       List<PlannedAppointment> planned) {
        Objects.requireNonNull(policy, "policy");
        return assess(appointment -> policy, recorded, planned);
    }

    /**
     * As {@link #assess(FrequencyPolicy, List, List)}, each appointment under the policy version
     * {@code versionOf} gives for it (its date picks the version, its payer the liability); an
     * appointment for which it gives null gets no verdict and consumes nothing.
     */
    public static Map<String, FrequencyVerdict> assess(Function<PlannedAppointment, FrequencyPolicy> versionOf,
                                                       List<RecordedSession> recorded, List<PlannedAppointment> planned) {
        Objects.requireNonNull(versionOf, "versionOf");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(planned, "planned");
        List<PlannedAppointment> ordered = new ArrayList<>(planned);
        ordered.sort(Comparator.comparing(PlannedAppointment::dateOfService).thenComparing(PlannedAppointment::key));
        Map<SpinalRegion, Map<FrequencyCounter, List<LocalDate>>> consumed = new EnumMap<>(SpinalRegion.class);
        Map<String, FrequencyVerdict> verdicts = new LinkedHashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (PlannedAppointment appointment : ordered) {
            if (seen.put(appointment.key(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("an appointment key appears more than once");
            }
            FrequencyPolicy policy = versionOf.apply(appointment);
            if (policy == null) {
                continue;
            }
            List<LocalDate> dates = consumed
                    .computeIfAbsent(appointment.region(), r -> new EnumMap<>(FrequencyCounter.class))
                    .computeIfAbsent(appointment.counter(),
                            c -> new ArrayList<>(FrequencyPolicy.countingDates(recorded, appointment.region(), c)));
            FrequencyVerdict verdict = policy.assessDates(dates, appointment.region(), appointment.counter(),
                    appointment.dateOfService(), appointment.abnOnFile());
            if (!verdict.exceeded()) {
                dates.add(appointment.dateOfService());
            }
            verdicts.put(appointment.key(), verdict);
        }
        return verdicts;
    }
}
