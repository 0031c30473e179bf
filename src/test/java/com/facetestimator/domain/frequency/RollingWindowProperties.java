package com.facetestimator.domain.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

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

    @Property(tries = 400)
    void assessAgreesWithTheDayByDayReference(@ForAll("scenarios") Scenario scenario) {
        FrequencyPolicy policy = policyWithLimit(scenario.limit());
        List<RecordedSession> history = toSessions(scenario.history());
        Reference reference = new Reference(scenario);

        FrequencyVerdict verdict = policy.assess(history, scenario.region(), scenario.counter(),
                scenario.dateOfService(), false);

        assertThat(verdict.usedInWindow()).as("usedInWindow").isEqualTo(reference.count(scenario.dateOfService()));
        boolean exceeded = reference.exceeded(scenario.dateOfService());
        Statistics.label("exceeded").collect(exceeded);
        Statistics.label("next eligible after a leap-day clamp").collect(exceeded
                && !reference.nextEligible(scenario.dateOfService()).equals(scenario.dateOfService())
                && scenario.history().stream().anyMatch(p -> p.date().getMonthValue() == 2 && p.date().getDayOfMonth() == 29));
        Statistics.label("used by future sessions only").collect(exceeded
                && reference.count(scenario.dateOfService()) + 1 <= scenario.limit());
        assertThat(verdict.exceeded()).as("exceeded").isEqualTo(exceeded);
        assertThat(verdict.nextEligibleDate()).as("nextEligibleDate")
                .isEqualTo(exceeded ? reference.nextEligible(scenario.dateOfService()) : null);
        assertThat(verdict.limit()).isEqualTo(scenario.limit());
        assertThat(verdict.liabilityModifier()).isEqualTo(exceeded ? "GZ" : null);
    }

    @Property(tries = 150)
    void countersAgreeWithTheReferenceForEveryRegionAndCounter(@ForAll("scenarios") Scenario scenario) {
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

    @Property(tries = 300)
    void aSessionLeavesTheWindowOnItsExitDateAndNotBefore(@ForAll("dates") LocalDate session) {
        LocalDate exit = RollingWindow.exitDate(session, WINDOW_MONTHS);
        assertThat(contains(exit, session)).isFalse();
        assertThat(contains(exit.minusDays(1), session)).isTrue();
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

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(dates(), Arbitraries.of(SpinalRegion.class), Arbitraries.of(FrequencyCounter.class),
                        Arbitraries.integers().between(1, 4))
                .flatAs((d, region, counter, limit) -> planned(d, region, counter).list().ofMaxSize(14)
                        .map(history -> new Scenario(d, region, counter, limit, history)));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        LocalDate base = LocalDate.of(2023, 1, 1);
        Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, 4 * 366).map(base::plusDays);
        Arbitrary<LocalDate> nearLeapDay = Combinators.combine(
                        Arbitraries.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1),
                                LocalDate.of(2026, 2, 28), LocalDate.of(2024, 3, 31), LocalDate.of(2025, 8, 31)),
                        Arbitraries.integers().between(-3, 3))
                .as(LocalDate::plusDays);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, anyDay),
                net.jqwik.api.Tuple.of(2, nearLeapDay));
    }

    /** A history session: anywhere within about 18 months of D, or close to a whole number of months from it. */
    private Arbitrary<Planned> planned(LocalDate d, SpinalRegion region, FrequencyCounter counter) {
        Arbitrary<LocalDate> anyOffset = Arbitraries.integers().between(-550, 550).map(d::plusDays);
        Arbitrary<LocalDate> monthAligned = Combinators.combine(
                        Arbitraries.integers().between(-18, 18), Arbitraries.integers().between(-2, 2))
                .as((months, days) -> d.plusMonths(months).plusDays(days));
        Arbitrary<LocalDate> leapDays = Arbitraries.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 28),
                LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1));
        Arbitrary<LocalDate> date = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, anyOffset),
                net.jqwik.api.Tuple.of(3, monthAligned),
                net.jqwik.api.Tuple.of(1, leapDays));
        Arbitrary<SessionStatus> status = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, SessionStatus.PERFORMED),
                net.jqwik.api.Tuple.of(3, SessionStatus.SCHEDULED),
                net.jqwik.api.Tuple.of(2, SessionStatus.CANCELLED));
        // Mostly the scenario's own region and counter, so that limits are reached; the rest must be ignored.
        Arbitrary<SpinalRegion> regions = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(region)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(SpinalRegion.class)));
        Arbitrary<FrequencyCounter> counters = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(counter)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(FrequencyCounter.class)));
        return Combinators.combine(date, regions, counters, status).as(Planned::new);
    }

    // ---------------------------------------------------------------- helpers

    private static FrequencyPolicy policyWithLimit(int limit) {
        Map<FrequencyCounter, Integer> limits = new EnumMap<>(FrequencyCounter.class);
        for (FrequencyCounter counter : FrequencyCounter.values()) {
            limits.put(counter, limit);
        }
        return new FrequencyPolicy("TEST", "test policy", Finding.Confidence.UNCONFIRMED, limits, WINDOW_MONTHS, 14);
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
