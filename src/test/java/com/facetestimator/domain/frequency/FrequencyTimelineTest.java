package com.facetestimator.domain.frequency;

import static com.facetestimator.domain.frequency.Sessions.MEDICARE;
import static com.facetestimator.domain.frequency.Sessions.date;
import static com.facetestimator.domain.frequency.Sessions.lumbar;
import static com.facetestimator.domain.frequency.Sessions.lumbarTherapeutic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.coding.SpinalRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrequencyTimelineTest {

    private static PlannedAppointment therapeutic(String key, String date) {
        return new PlannedAppointment(key, date(date), SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.THERAPEUTIC, false);
    }

    /** Six lumbar therapeutic appointments within one year, given out of order. */
    private static final List<PlannedAppointment> SIX = List.of(
            therapeutic("6", "2026-12-01"), therapeutic("1", "2026-01-15"), therapeutic("3", "2026-05-15"),
            therapeutic("2", "2026-03-15"), therapeutic("5", "2026-09-15"), therapeutic("4", "2026-07-15"));

    @Test
    void sixTherapeuticAppointmentsInAYearFlagTheFifthAndSixth() {
        Map<String, FrequencyVerdict> verdicts = FrequencyTimeline.assess(MEDICARE, List.of(), SIX);

        assertThat(verdicts.keySet()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(exceeded(verdicts)).containsExactly(false, false, false, false, true, true);
        assertThat(verdicts.get("4").usedInWindow()).isEqualTo(3);
        assertThat(verdicts.get("5").usedInWindow()).isEqualTo(4);
        assertThat(verdicts.get("5").nextEligibleDate()).isEqualTo(date("2027-01-15"));
        assertThat(verdicts.get("5").liabilityModifier()).isEqualTo("GZ");
    }

    @Test
    void withTwoRecordedSessionsTheThirdAppointmentIsFlaggedOn() {
        List<RecordedSession> recorded = List.of(
                lumbarTherapeutic("r1", "2025-12-20"), lumbarTherapeutic("r2", "2026-01-05"),
                lumbar("gone", "2025-12-28", FrequencyCounter.THERAPEUTIC, SessionStatus.CANCELLED));

        Map<String, FrequencyVerdict> verdicts = FrequencyTimeline.assess(MEDICARE, recorded, SIX);

        assertThat(exceeded(verdicts)).containsExactly(false, false, true, true, true, true);
        assertThat(verdicts.get("3").usedInWindow()).isEqualTo(4);
    }

    @Test
    void aRecordedSessionLeavingTheWindowFreesALaterAppointment() {
        List<RecordedSession> recorded = List.of(
                lumbarTherapeutic("r1", "2025-11-30"), lumbarTherapeutic("r2", "2025-12-20"));

        Map<String, FrequencyVerdict> verdicts = FrequencyTimeline.assess(MEDICARE, recorded, SIX);

        // By 2026-12-01 the 2025-11-30 session has left every window that contains it.
        assertThat(exceeded(verdicts)).containsExactly(false, false, true, true, true, false);
    }

    @Test
    void aFlaggedAppointmentDoesNotConsumeTheLimit() {
        List<PlannedAppointment> planned = new ArrayList<>(SIX);
        // 2026-01-15 has left the window; only 2, 3 and 4 remain if 5 and 6 did not count.
        planned.add(therapeutic("7", "2027-01-15"));

        Map<String, FrequencyVerdict> verdicts = FrequencyTimeline.assess(MEDICARE, List.of(), planned);

        assertThat(verdicts.get("7").exceeded()).isFalse();
        assertThat(verdicts.get("7").usedInWindow()).isEqualTo(3);
    }

    @Test
    void appointmentsOnOneDateAreTakenInKeyOrder() {
        List<PlannedAppointment> planned = List.of(
                new PlannedAppointment("b", date("2026-02-01"), SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.RFA, true),
                new PlannedAppointment("c", date("2026-02-01"), SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.RFA, true),
                new PlannedAppointment("a", date("2026-02-01"), SpinalRegion.LUMBAR_SACRAL, FrequencyCounter.RFA, true));

        Map<String, FrequencyVerdict> verdicts = FrequencyTimeline.assess(MEDICARE, List.of(), planned);

        assertThat(verdicts.keySet()).containsExactly("a", "b", "c");
        assertThat(exceeded(verdicts)).containsExactly(false, false, true);
        assertThat(verdicts.get("c").liabilityModifier()).isEqualTo("GA");
    }

    @Test
    void regionsAndCountersAreConsumedSeparately() {
        List<PlannedAppointment> planned = new ArrayList<>(SIX);
        planned.add(new PlannedAppointment("neck", date("2026-12-02"), SpinalRegion.CERVICAL_THORACIC,
                FrequencyCounter.THERAPEUTIC, false));
        planned.add(new PlannedAppointment("mbb", date("2026-12-03"), SpinalRegion.LUMBAR_SACRAL,
                FrequencyCounter.DIAGNOSTIC, false));

        Map<String, FrequencyVerdict> verdicts = FrequencyTimeline.assess(MEDICARE, List.of(), planned);

        assertThat(verdicts.get("neck").exceeded()).isFalse();
        assertThat(verdicts.get("mbb").exceeded()).isFalse();
    }

    @Test
    void aKeyUsedTwiceIsRefused() {
        List<PlannedAppointment> planned = List.of(therapeutic("x", "2026-01-01"), therapeutic("x", "2026-02-01"));

        assertThatThrownBy(() -> FrequencyTimeline.assess(MEDICARE, List.of(), planned))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Boolean> exceeded(Map<String, FrequencyVerdict> verdicts) {
        return verdicts.values().stream().map(FrequencyVerdict::exceeded).toList();
    }
}
