package com.facetestimator.domain.frequency;

import static com.facetestimator.testing.PropertyCheck.forAll;
import static com.facetestimator.testing.PropertyCheck.pick;
import static com.facetestimator.testing.PropertyCheck.weighted;
import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link FrequencyPolicy#assess} against an independent, day-by-day reference: for each
 * candidate date from D on, look at every window end whose window contains it and count the
 * sessions in it directly. Dates cluster around 29 February and month boundaries, where
 * {@code minusMonths} clamps.
 */
class RollingWindowProperties {

    private static final int WINDOW_MONTHS = 12;

    record Planned(LocalDate date, SpinalRegion region, FrequencyCounter counter, SessionStatus status) {}

    record Scenario(LocalDate dateOfService, SpinalRegion region, FrequencyCounter counter, int limit,
                    List<Planned> history) {}

    @Test
    void assessAgreesWithTheDayByDayReference() {
        AtomicInteger exceededCases = new AtomicInteger();
        AtomicInteger withinCases = new AtomicInteger();
        forAll(400, scenarios(), scenario -> {
            boolean exceeded = assessAgreesWithTheReference(scenario);
            (exceeded ? exceededCases : withinCases).incrementAndGet();
        });
        // The generator must reach both outcomes, or the comparison above proves little.
        assertThat(exceededCases).as("scenarios over the limit").hasPositiveValue();
        assertThat(withinCases).as("scenarios within the limit").hasPositiveValue();
    }

    private static boolean assessAgreesWithTheReference(Scenario scenario) {
        FrequencyPolicy policy = policyWithLimit(scenario.limit());
        List<RecordedSession> history = toSessions(scenario.history());
        Reference reference = new Reference(scenario);

        FrequencyVerdict verdict = policy.assess(history, scenario.region(), scenario.counter(),
                scenario.dateOfService(), false);

        assertThat(verdict.usedInWindow()).as("usedInWindow").isEqualTo(reference.count(scenario.dateOfService()));
        boolean exceeded = reference.exceeded(scenario.dateOfService());
        assertThat(verdict.exceeded()).as("exceeded").isEqualTo(exceeded);
        assertThat(verdict.nextEligibleDate()).as("nextEligibleDate")
                .isEqualTo(exceeded ? reference.nextEligible(scenario.dateOfService()) : null);
        assertThat(verdict.limit()).isEqualTo(scenario.limit());
        assertThat(verdict.liabilityModifier()).isEqualTo(exceeded ? "GZ" : null);
        return exceeded;
    }

    @Test
    void countersAgreeWithTheReferenceForEveryRegionAndCounter() {
        forAll(150, scenarios(), RollingWindowProperties::countersAgreeWithTheReference);
    }

    private static void countersAgreeWithTheReference(Scenario scenario) {
        FrequencyPolicy policy = policyWithLimit(scenario.limit());
        List<CounterStatus> statuses = policy.counters(toSessions(scenario.history()), scenario.dateOfService());

        assertThat(statuses).hasSize(SpinalRegion.values().length * FrequencyCounter.values().length);
        for (CounterStatus status : statuses) {
            Reference reference = new Reference(new Scenario(scenario.dateOfService(), status.region(),
                    status.counter(), scenario.limit(), scenario.history()));
            LocalDate asOf = scenario.dateOfService();
            assertThat(status.usedInWindow()).isEqualTo(reference.count(asOf));
            assertThat(status.nextEligibleDate())
                    .isEqualTo(reference.exceeded(asOf) ? reference.nextEligible(asOf) : null);
        }
    }

    @Test
    void aSessionLeavesTheWindowOnItsExitDateAndNotBefore() {
        forAll(300, dates(), session -> {
            LocalDate exit = RollingWindow.exitDate(session, WINDOW_MONTHS);
            assertThat(contains(exit, session)).isFalse();
            assertThat(contains(exit.minusDays(1), session)).isTrue();
        });
    }

    // ---------------------------------------------------------------- reference

    /** Direct reading of docs/API.md, one day and one window at a time. */
    private static final class Reference {
        private final Scenario scenario;
        private final Map<LocalDate, Integer> counts = new HashMap<>();

        Reference(Scenario scenario) {
            this.scenario = scenario;
        }

        /** Counting sessions of the scenario's region and counter in the window ending on {@code end}. */
        int count(LocalDate end) {
            return counts.computeIfAbsent(end, e -> (int) scenario.history().stream()
                    .filter(p -> p.status() != SessionStatus.CANCELLED)
                    .filter(p -> p.region() == scenario.region() && p.counter() == scenario.counter())
                    .filter(p -> contains(e, p.date()))
                    .count());
        }

        /** Would one more session on {@code day} put more than the limit in any window that contains it? */
        boolean exceeded(LocalDate day) {
            for (LocalDate end = day; !end.isAfter(day.plusMonths(WINDOW_MONTHS).plusDays(7)); end = end.plusDays(1)) {
                if (contains(end, day) && count(end) + 1 > scenario.limit()) {
                    return true;
                }
            }
            return false;
        }

        LocalDate nextEligible(LocalDate from) {
            for (LocalDate day = from; day.isBefore(from.plusYears(6)); day = day.plusDays(1)) {
                if (!exceeded(day)) {
                    return day;
                }
            }
            throw new AssertionError("no eligible day within 6 years");
        }
    }

    /** The window ending on {@code end} is (end − 12 months, end]. */
    private static boolean contains(LocalDate end, LocalDate date) {
        return date.isAfter(end.minusMonths(WINDOW_MONTHS)) && !date.isAfter(end);
    }

    // ---------------------------------------------------------------- generators

    private static Gen<Scenario> scenarios() {
        return dates().zip(Generate.enumValues(SpinalRegion.class), Generate.enumValues(FrequencyCounter.class),
                        Generate.range(1, 4), ScenarioHead::new)
                .flatMap(h -> SourceDSL.lists().of(planned(h.date(), h.region(), h.counter())).ofSizeBetween(0, 14)
                        .map(history -> new Scenario(h.date(), h.region(), h.counter(), h.limit(), history)));
    }

    private record ScenarioHead(LocalDate date, SpinalRegion region, FrequencyCounter counter, int limit) {}

    private static Gen<LocalDate> dates() {
        LocalDate base = LocalDate.of(2023, 1, 1);
        Gen<LocalDate> anyDay = Generate.range(0, 4 * 366).map(base::plusDays);
        Gen<LocalDate> nearLeapDay = pick(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1),
                        LocalDate.of(2026, 2, 28), LocalDate.of(2024, 3, 31), LocalDate.of(2025, 8, 31))
                .zip(Generate.range(-3, 3), (day, offset) -> day.plusDays(offset));
        return weighted(3, anyDay, 2, nearLeapDay);
    }

    /** A history session: anywhere within about 18 months of D, or close to a whole number of months from it. */
    private static Gen<Planned> planned(LocalDate d, SpinalRegion region, FrequencyCounter counter) {
        Gen<LocalDate> anyOffset = Generate.range(-550, 550).map(d::plusDays);
        Gen<LocalDate> monthAligned = Generate.range(-18, 18).zip(Generate.range(-2, 2),
                (months, days) -> d.plusMonths(months).plusDays(days));
        Gen<LocalDate> leapDays = pick(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 28),
                LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1));
        Gen<LocalDate> date = weighted(5, anyOffset, 3, monthAligned, 1, leapDays);
        Gen<SessionStatus> status = weighted(3, Generate.constant(SessionStatus.PERFORMED),
                3, Generate.constant(SessionStatus.SCHEDULED), 2, Generate.constant(SessionStatus.CANCELLED));
        // Mostly the scenario's own region and counter, so that limits are reached; the rest must be ignored.
        Gen<SpinalRegion> regions = weighted(3, Generate.constant(region), 1, Generate.enumValues(SpinalRegion.class));
        Gen<FrequencyCounter> counters = weighted(3, Generate.constant(counter), 1, Generate.enumValues(FrequencyCounter.class));
        return date.zip(regions, counters, status, Planned::new);
    }

    // ---------------------------------------------------------------- helpers

    private static FrequencyPolicy policyWithLimit(int limit) {
        Map<FrequencyCounter, Integer> limits = new EnumMap<>(FrequencyCounter.class);
        for (FrequencyCounter counter : FrequencyCounter.values()) {
            limits.put(counter, limit);
        }
        return Sessions.policy("TEST", limits, WINDOW_MONTHS, 14);
    }

    private static List<RecordedSession> toSessions(List<Planned> history) {
        List<RecordedSession> sessions = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Planned p = history.get(i);
            sessions.add(Sessions.session("s" + i, p.date(), p.region(), p.counter(), p.status()));
        }
        return sessions;
    }
}
