package com.facetestimator.domain.frequency;

import static com.facetestimator.domain.frequency.Sessions.MEDICARE;
import static com.facetestimator.domain.frequency.Sessions.lumbar;
import static com.facetestimator.domain.frequency.Sessions.lumbarTherapeutic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Laterality;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatientLedgerTest {

    private static final PatientLedger FOUR_THERAPEUTIC = new PatientLedger(4, List.of(
            lumbarTherapeutic("a", "2026-01-05"), lumbarTherapeutic("b", "2026-02-05"),
            lumbarTherapeutic("c", "2026-03-05"), lumbarTherapeutic("d", "2026-04-05")));

    @Test
    void recordingAddsTheSessionAtTheNextVersionWithTheVerdictAgainstTheLedgerBefore() {
        RecordedSession candidate = lumbarTherapeutic("s1", "2026-03-02");

        RecordingOutcome outcome = PatientLedger.empty().record(candidate, MEDICARE, false, false);

        assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.Recorded.class, recorded -> {
            assertThat(recorded.updated().version()).isEqualTo(1);
            assertThat(recorded.updated().sessions()).containsExactly(candidate);
            assertThat(recorded.session()).isEqualTo(candidate);
            assertThat(recorded.verdict().usedInWindow()).isZero();
            assertThat(recorded.verdict().exceeded()).isFalse();
        });
    }

    @Test
    void recordingTheIdenticalSessionAgainIsAReplayThatWritesNothing() {
        RecordedSession candidate = lumbarTherapeutic("s1", "2026-03-02");
        PatientLedger stored = ((RecordingOutcome.Recorded) PatientLedger.empty().record(candidate, MEDICARE, false, false))
                .updated();
        // Levels sent in another order are the same appointment.
        RecordedSession retry = new RecordedSession("s1", candidate.dateOfService(), candidate.payerId(),
                candidate.siteOfService(), candidate.procedure(), candidate.purpose(),
                List.of(FacetLevel.L4_L5, FacetLevel.L5_S1), candidate.laterality(), candidate.guidance(),
                candidate.status(), candidate.region(), candidate.counter());

        RecordingOutcome outcome = stored.record(retry, MEDICARE, false, false);

        assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.Replayed.class, replayed -> {
            assertThat(replayed.session()).isEqualTo(candidate);
            // Computed against the ledger without the session itself, as the first write was.
            assertThat(replayed.verdict().usedInWindow()).isZero();
        });
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.sessions()).hasSize(1);
    }

    @Test
    void aReplayOfASessionThatWasRecordedOverTheLimitReportsTheSameVerdict() {
        RecordedSession fifth = lumbarTherapeutic("e", "2026-05-05");
        RecordingOutcome first = FOUR_THERAPEUTIC.record(fifth, MEDICARE, false, true);
        PatientLedger stored = ((RecordingOutcome.Recorded) first).updated();

        RecordingOutcome replay = stored.record(fifth, MEDICARE, false, true);

        assertThat(replay).isInstanceOfSatisfying(RecordingOutcome.Replayed.class,
                r -> assertThat(r.verdict()).isEqualTo(((RecordingOutcome.Recorded) first).verdict()));
    }

    @Test
    void theSameSessionIdWithDifferentContentOrStatusIsAConflict() {
        RecordedSession candidate = lumbarTherapeutic("s1", "2026-03-02");
        PatientLedger stored = new PatientLedger(1, List.of(candidate));
        RecordedSession otherSide = new RecordedSession("s1", candidate.dateOfService(), candidate.payerId(),
                candidate.siteOfService(), candidate.procedure(), candidate.purpose(), candidate.levels(),
                Laterality.LEFT, candidate.guidance(), candidate.status(), candidate.region(), candidate.counter());

        assertThat(stored.record(otherSide, MEDICARE, false, false)).isEqualTo(new RecordingOutcome.Conflict("s1"));
        assertThat(stored.record(candidate.withStatus(SessionStatus.SCHEDULED), MEDICARE, false, false))
                .isEqualTo(new RecordingOutcome.Conflict("s1"));
        assertThat(stored.record(lumbarTherapeutic("s1", "2026-03-03"), MEDICARE, false, false))
                .isEqualTo(new RecordingOutcome.Conflict("s1"));
    }

    @Test
    void overTheLimitWithRequireWithinLimitRecordsNothing() {
        RecordingOutcome outcome = FOUR_THERAPEUTIC.record(lumbarTherapeutic("e", "2026-05-05"), MEDICARE, true, false);

        assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.LimitExceeded.class, exceeded -> {
            assertThat(exceeded.verdict().exceeded()).isTrue();
            assertThat(exceeded.verdict().usedInWindow()).isEqualTo(4);
            assertThat(exceeded.verdict().nextEligibleDate()).isEqualTo(Sessions.date("2027-01-05"));
        });
        assertThat(FOUR_THERAPEUTIC.sessions()).hasSize(4);
        assertThat(FOUR_THERAPEUTIC.version()).isEqualTo(4);
    }

    @Test
    void overTheLimitWithoutRequireWithinLimitIsRecordedWithTheExceededVerdict() {
        RecordingOutcome outcome = FOUR_THERAPEUTIC.record(lumbarTherapeutic("e", "2026-05-05"), MEDICARE, false, true);

        assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.Recorded.class, recorded -> {
            assertThat(recorded.updated().version()).isEqualTo(5);
            assertThat(recorded.updated().sessions()).hasSize(5);
            assertThat(recorded.verdict().exceeded()).isTrue();
            assertThat(recorded.verdict().liabilityModifier()).isEqualTo("GA");
        });
    }

    @Test
    void withoutAPolicyThereIsNoVerdictAndNoLimit() {
        RecordingOutcome outcome = FOUR_THERAPEUTIC.record(lumbarTherapeutic("e", "2026-05-05"), null, true, false);

        assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.Recorded.class,
                recorded -> assertThat(recorded.verdict()).isNull());
    }

    @Test
    void aCancelledSessionCannotBeRecorded() {
        assertThatThrownBy(() -> PatientLedger.empty().record(
                lumbar("x", "2026-03-02", FrequencyCounter.THERAPEUTIC, SessionStatus.CANCELLED), MEDICARE, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancellingASessionStopsItCountingAtTheNextVersion() {
        PatientLedger cancelled = FOUR_THERAPEUTIC.withStatus("b", SessionStatus.CANCELLED).orElseThrow();

        assertThat(cancelled.version()).isEqualTo(5);
        assertThat(cancelled.find("b")).hasValueSatisfying(s -> assertThat(s.counts()).isFalse());
        assertThat(cancelled.record(lumbarTherapeutic("e", "2026-05-05"), MEDICARE, true, false))
                .isInstanceOf(RecordingOutcome.Recorded.class);
        assertThat(FOUR_THERAPEUTIC.find("b")).hasValueSatisfying(s -> assertThat(s.counts()).isTrue());
    }

    @Test
    void markingAScheduledSessionPerformedKeepsItCounting() {
        PatientLedger ledger = new PatientLedger(1,
                List.of(lumbar("s", "2026-03-02", FrequencyCounter.RFA, SessionStatus.SCHEDULED)));

        PatientLedger performed = ledger.withStatus("s", SessionStatus.PERFORMED).orElseThrow();

        assertThat(performed.version()).isEqualTo(2);
        assertThat(performed.find("s")).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(SessionStatus.PERFORMED);
            assertThat(s.counts()).isTrue();
        });
    }

    @Test
    void anUnknownSessionHasNoStatusToChange() {
        assertThat(FOUR_THERAPEUTIC.withStatus("nope", SessionStatus.CANCELLED)).isEmpty();
    }

    @Test
    void sessionIdsAreUniqueInALedger() {
        assertThatThrownBy(() -> new PatientLedger(2,
                List.of(lumbarTherapeutic("a", "2026-01-05"), lumbarTherapeutic("a", "2026-02-05"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
