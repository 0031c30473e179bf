package com.facetestimator.domain.estimate;

import static com.facetestimator.domain.frequency.Sessions.lumbarTherapeutic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.NotFoundException;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.frequency.LedgerContentionException;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.RecordingOutcome;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import com.facetestimator.domain.frequency.SessionStatus;
import com.facetestimator.domain.frequency.Sessions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SessionRecordingTest {

    private static final String PATIENT = "patient-7f3a.91";
    private static final String POLICY = "MEDICARE-FACET-LCD";

    /**
     * The port as a map, with a scripted rival: for the first {@code racesToLose} writes another
     * writer commits first (applying {@code rival} to the stored ledger, if any), so the
     * conditional write fails as DynamoDB's would.
     */
    static final class RacingStore implements SessionLedgerStore {
        final Map<String, PatientLedger> ledgers = new HashMap<>();
        final List<Long> attemptedVersions = new ArrayList<>();
        int racesToLose;
        UnaryOperator<PatientLedger> rival = ledger -> new PatientLedger(ledger.version() + 1, ledger.sessions());

        RacingStore(int racesToLose) {
            this.racesToLose = racesToLose;
        }

        @Override
        public PatientLedger load(String patientId) {
            return ledgers.getOrDefault(patientId, PatientLedger.empty());
        }

        @Override
        public Map<String, PatientLedger> loadAll(Collection<String> patientIds) {
            Map<String, PatientLedger> all = new HashMap<>();
            patientIds.forEach(id -> all.put(id, load(id)));
            return all;
        }

        @Override
        public boolean replaceIfVersion(String patientId, PatientLedger updated, long expectedVersion) {
            attemptedVersions.add(expectedVersion);
            if (racesToLose > 0) {
                racesToLose--;
                ledgers.put(patientId, rival.apply(load(patientId)));
                return false;
            }
            if (load(patientId).version() != expectedVersion) {
                return false;
            }
            ledgers.put(patientId, updated);
            return true;
        }
    }

    @Test
    void recordsOnTheFirstAttemptWhenUncontended() {
        RacingStore store = new RacingStore(0);
        RecordedSession session = lumbarTherapeutic("s1", "2026-03-02");

        RecordingOutcome outcome = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency())
                .record(PATIENT, session, POLICY, "MEDICARE", false, false);

        assertThat(outcome).isInstanceOf(RecordingOutcome.Recorded.class);
        assertThat(store.load(PATIENT).sessions()).containsExactly(session);
        assertThat(store.load(PATIENT).version()).isEqualTo(1);
        assertThat(store.attemptedVersions).containsExactly(0L);
    }

    @Test
    void aLostRaceIsRetriedAgainstTheReloadedLedger() {
        RacingStore store = new RacingStore(2);
        RecordedSession session = lumbarTherapeutic("s1", "2026-03-02");

        RecordingOutcome outcome = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency(), 5)
                .record(PATIENT, session, POLICY, "MEDICARE", false, false);

        assertThat(outcome).isInstanceOf(RecordingOutcome.Recorded.class);
        assertThat(store.attemptedVersions).containsExactly(0L, 1L, 2L);
        assertThat(store.load(PATIENT).version()).isEqualTo(3);
        assertThat(store.load(PATIENT).sessions()).containsExactly(session);
    }

    @Test
    void theRetryDecidesAgainSoARivalsSessionCountsTowardTheLimit() {
        RacingStore store = new RacingStore(1);
        store.ledgers.put(PATIENT, new PatientLedger(3, List.of(lumbarTherapeutic("a", "2026-01-05"),
                lumbarTherapeutic("b", "2026-02-05"), lumbarTherapeutic("c", "2026-03-05"))));
        store.rival = ledger -> ((RecordingOutcome.Recorded) ledger.record(lumbarTherapeutic("rival", "2026-04-05"),
                Sessions.MEDICARE, false, false)).updated();

        RecordingOutcome outcome = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency())
                .record(PATIENT, lumbarTherapeutic("mine", "2026-05-05"), POLICY, "MEDICARE", true, false);

        // Within the limit when first decided (3 used); the rival's fourth session makes it exceed.
        assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.LimitExceeded.class,
                exceeded -> assertThat(exceeded.verdict().usedInWindow()).isEqualTo(4));
        assertThat(store.attemptedVersions).containsExactly(3L);
        assertThat(store.load(PATIENT).find("mine")).isEmpty();
    }

    @Test
    void givesUpAfterTheAttemptLimitWithAContentionExceptionThatDoesNotNameThePatient() {
        RacingStore store = new RacingStore(Integer.MAX_VALUE);
        SessionRecording recording = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency(), 3);

        assertThatThrownBy(() -> recording.record(PATIENT, lumbarTherapeutic("s1", "2026-03-02"), POLICY, "MEDICARE", false, false))
                .isInstanceOfSatisfying(LedgerContentionException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getMessage()).doesNotContain(PATIENT);
                    assertThat(e.toString()).doesNotContain(PATIENT);
                });
        assertThat(store.attemptedVersions).hasSize(3);
        assertThat(store.load(PATIENT).find("s1")).isEmpty();
    }

    @Test
    void theDefaultIsFiveAttempts() {
        RacingStore store = new RacingStore(Integer.MAX_VALUE);

        assertThatThrownBy(() -> new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency())
                .record(PATIENT, lumbarTherapeutic("s1", "2026-03-02"), POLICY, "MEDICARE", false, false))
                .isInstanceOf(LedgerContentionException.class);
        assertThat(store.attemptedVersions).hasSize(SessionRecording.DEFAULT_MAX_ATTEMPTS).hasSize(5);
    }

    @Test
    void replaysConflictsAndRefusalsWriteNothing() {
        RacingStore store = new RacingStore(0);
        RecordedSession session = lumbarTherapeutic("s1", "2026-03-02");
        store.ledgers.put(PATIENT, new PatientLedger(1, List.of(session)));
        SessionRecording recording = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency());

        assertThat(recording.record(PATIENT, session, POLICY, "MEDICARE", false, false)).isInstanceOf(RecordingOutcome.Replayed.class);
        assertThat(recording.record(PATIENT, lumbarTherapeutic("s1", "2026-03-09"), POLICY, "MEDICARE", false, false))
                .isEqualTo(new RecordingOutcome.Conflict("s1"));
        assertThat(store.attemptedVersions).isEmpty();
    }

    @Test
    void withoutAFrequencyPolicyTheSessionIsRecordedWithoutVerdict() {
        RacingStore store = new RacingStore(0);

        RecordingOutcome outcome = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency())
                .record(PATIENT, lumbarTherapeutic("s1", "2026-03-02"), null, "COMMERCIAL", true, false);

        assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.Recorded.class, r -> assertThat(r.verdict()).isNull());
    }

    @Test
    void anUnknownPolicyIdIsAConfigurationError() {
        SessionRecording recording = new SessionRecording(new RacingStore(0), com.facetestimator.rules.RuleFiles.bundled().frequency());

        assertThatThrownBy(() -> recording.record(PATIENT, lumbarTherapeutic("s1", "2026-03-02"), "NOPE", "MEDICARE", false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(PATIENT);
    }

    @Test
    void updatingStatusRetriesALostRace() {
        RacingStore store = new RacingStore(1);
        store.ledgers.put(PATIENT, new PatientLedger(1, List.of(lumbarTherapeutic("s1", "2026-03-02"))));

        RecordedSession updated = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency())
                .updateStatus(PATIENT, "s1", SessionStatus.CANCELLED);

        assertThat(updated.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(store.attemptedVersions).containsExactly(1L, 2L);
        assertThat(store.load(PATIENT).find("s1")).hasValueSatisfying(s -> assertThat(s.counts()).isFalse());
    }

    @Test
    void updatingStatusGivesUpAfterTheAttemptLimit() {
        RacingStore store = new RacingStore(Integer.MAX_VALUE);
        store.ledgers.put(PATIENT, new PatientLedger(1, List.of(lumbarTherapeutic("s1", "2026-03-02"))));

        assertThatThrownBy(() -> new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency(), 2)
                .updateStatus(PATIENT, "s1", SessionStatus.CANCELLED))
                .isInstanceOf(LedgerContentionException.class)
                .hasMessageNotContaining(PATIENT);
        assertThat(store.attemptedVersions).hasSize(2);
    }

    @Test
    void settingTheStatusASessionAlreadyHasWritesNothing() {
        RacingStore store = new RacingStore(0);
        store.ledgers.put(PATIENT, new PatientLedger(1, List.of(lumbarTherapeutic("s1", "2026-03-02"))));

        RecordedSession same = new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency())
                .updateStatus(PATIENT, "s1", SessionStatus.PERFORMED);

        assertThat(same.status()).isEqualTo(SessionStatus.PERFORMED);
        assertThat(store.attemptedVersions).isEmpty();
    }

    @Test
    void anUnknownSessionIsNotFoundOnTheSessionIdFieldWithoutNamingThePatient() {
        RacingStore store = new RacingStore(0);

        assertThatThrownBy(() -> new SessionRecording(store, com.facetestimator.rules.RuleFiles.bundled().frequency())
                .updateStatus(PATIENT, "s1", SessionStatus.CANCELLED))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("sessionId");
                    assertThat(e.getMessage()).doesNotContain(PATIENT);
                    assertThat(e.toString()).doesNotContain(PATIENT);
                });
        assertThat(store.attemptedVersions).isEmpty();
    }

    @Test
    void atLeastOneAttempt() {
        assertThatThrownBy(() -> new SessionRecording(new RacingStore(0), com.facetestimator.rules.RuleFiles.bundled().frequency(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
