package com.facetestimator.domain.frequency;

import static com.facetestimator.domain.frequency.Sessions.MEDICARE;
import static com.facetestimator.domain.frequency.Sessions.date;
import static com.facetestimator.domain.frequency.Sessions.lumbar;
import static com.facetestimator.domain.frequency.Sessions.lumbarTherapeutic;
import static com.facetestimator.domain.frequency.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SpinalRegion;
import com.facetestimator.rules.RuleFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrequencyPolicyTest {

    private static final SpinalRegion LUMBAR = SpinalRegion.LUMBAR_SACRAL;
    private static final SpinalRegion CERVICAL = SpinalRegion.CERVICAL_THORACIC;
    private static final FrequencyCounter THERAPEUTIC = FrequencyCounter.THERAPEUTIC;
    private static final FrequencyCounter DIAGNOSTIC = FrequencyCounter.DIAGNOSTIC;
    private static final FrequencyCounter RFA = FrequencyCounter.RFA;

    @Nested
    class BundledPolicy {
        @Test
        void medicareLcdLimitsFourFourAndTwoPerRegionPerRolling12Months() {
            FrequencyPolicy policy = RuleFiles.bundled().frequency().find("MEDICARE-FACET-LCD", date("2026-03-02"), "MEDICARE")
                    .orElseThrow();

            assertThat(policy.limits()).containsExactlyInAnyOrderEntriesOf(Map.of(DIAGNOSTIC, 4, THERAPEUTIC, 4, RFA, 2));
            assertThat(policy.windowMonths()).isEqualTo(12);
            assertThat(policy.window()).isEqualTo("ROLLING_12_MONTHS");
            assertThat(policy.confirmatoryMinDays()).isEqualTo(14);
            assertThat(policy.revision()).isEqualTo("2024-08");
            assertThat(policy.source()).contains("Facet Joint Interventions LCD").contains("L38773").contains("rev. 2024-08");
            assertThat(policy.liability().modifier(true)).isEqualTo("GA");
            assertThat(policy.liability().modifier(false)).isEqualTo("GZ");
        }

        @Test
        void unknownPolicyIdIsEmpty() {
            assertThat(RuleFiles.bundled().frequency().find("NO-SUCH-POLICY", date("2026-03-02"), "MEDICARE")).isEmpty();
            assertThat(RuleFiles.bundled().frequency().find(null, date("2026-03-02"), "MEDICARE")).isEmpty();
        }

        @Test
        void aMedicareAdvantagePayerGetsTheLimitsButNoGaGz() {
            FrequencyPolicy policy = RuleFiles.bundled().frequency()
                    .find("MEDICARE-FACET-LCD", date("2026-03-02"), "MEDICARE_ADVANTAGE").orElseThrow();

            assertThat(policy.limit(RFA)).isEqualTo(2);
            assertThat(policy.liability().modifier(false)).isNull();
            assertThat(policy.liability().finding(false).ruleId()).isEqualTo("MA-ORGANIZATION-DETERMINATION");
            assertThat(RuleFiles.bundled().frequency().find("MEDICARE-FACET-LCD", date("2026-03-02"), "COMMERCIAL")
                    .orElseThrow().liability()).isNull();
        }

        @Test
        void twoVersionsOfOnePolicyMayNotOverlap() {
            FrequencyPolicy a = Sessions.policy("P", Map.of(DIAGNOSTIC, 4, THERAPEUTIC, 4, RFA, 2), 12, 14);
            assertThatThrownBy(() -> new FrequencyPolicies(List.of(a, a.withLiability(null)), Map.of(), "P"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both in force");
        }

        @Test
        void everyCounterNeedsAPositiveLimit() {
            assertThatThrownBy(() -> Sessions.policy("P", Map.of(DIAGNOSTIC, 4, THERAPEUTIC, 4), 12, 14))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Sessions.policy("P", Map.of(DIAGNOSTIC, 4, THERAPEUTIC, 0, RFA, 2), 12, 14))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Counters {
        @Test
        void rfaCountsAsRfaAndAnInjectionUnderItsPurpose() {
            assertThat(FrequencyCounter.of(Procedure.RFA, null)).isEqualTo(RFA);
            assertThat(FrequencyCounter.of(Procedure.RFA, Purpose.THERAPEUTIC)).isEqualTo(RFA);
            assertThat(FrequencyCounter.of(Procedure.INJECTION, Purpose.DIAGNOSTIC)).isEqualTo(DIAGNOSTIC);
            assertThat(FrequencyCounter.of(Procedure.INJECTION, Purpose.THERAPEUTIC)).isEqualTo(THERAPEUTIC);
        }

        @Test
        void anInjectionWithoutPurposeOrADiagnosticRfaIsRefused() {
            assertThatThrownBy(() -> FrequencyCounter.of(Procedure.INJECTION, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FrequencyCounter.of(Procedure.RFA, Purpose.DIAGNOSTIC)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class WindowBoundaries {
        private final List<RecordedSession> fourInAYear = List.of(
                lumbarTherapeutic("a", "2025-03-02"), lumbarTherapeutic("b", "2025-06-01"),
                lumbarTherapeutic("c", "2025-09-01"), lumbarTherapeutic("d", "2025-12-01"));

        @Test
        void aSessionExactly12MonthsBeforeDoesNotCount() {
            FrequencyVerdict verdict = MEDICARE.assess(fourInAYear, LUMBAR, THERAPEUTIC, date("2026-03-02"), false);

            assertThat(verdict.usedInWindow()).isEqualTo(3);
            assertThat(verdict.exceeded()).isFalse();
            assertThat(verdict.nextEligibleDate()).isNull();
            assertThat(verdict.liabilityModifier()).isNull();
            assertThat(verdict.findings()).isEmpty();
        }

        @Test
        void theDayBeforeItStillCountsAndEligibilityIsExactly12MonthsLater() {
            FrequencyVerdict verdict = MEDICARE.assess(fourInAYear, LUMBAR, THERAPEUTIC, date("2026-03-01"), false);

            assertThat(verdict.usedInWindow()).isEqualTo(4);
            assertThat(verdict.exceeded()).isTrue();
            assertThat(verdict.nextEligibleDate()).isEqualTo(date("2026-03-02"));
            assertThat(verdict.window()).isEqualTo("ROLLING_12_MONTHS");
            assertThat(verdict.limit()).isEqualTo(4);
        }

        @Test
        void aSessionOnTheDateOfServiceItselfCounts() {
            List<RecordedSession> history = List.of(lumbarTherapeutic("a", "2026-03-02"));

            assertThat(MEDICARE.assess(history, LUMBAR, THERAPEUTIC, date("2026-03-02"), false).usedInWindow()).isEqualTo(1);
        }

        @Test
        void aSessionOn29FebruaryStaysInTheWindowEnding28FebruaryAndLeavesOn1March() {
            List<RecordedSession> history = List.of(
                    lumbar("leap", "2024-02-29", RFA, SessionStatus.PERFORMED),
                    lumbar("aug", "2024-08-01", RFA, SessionStatus.PERFORMED));

            FrequencyVerdict onThe28th = MEDICARE.assess(history, LUMBAR, RFA, date("2025-02-28"), false);
            FrequencyVerdict onThe1st = MEDICARE.assess(history, LUMBAR, RFA, date("2025-03-01"), false);

            assertThat(onThe28th.usedInWindow()).isEqualTo(2);
            assertThat(onThe28th.exceeded()).isTrue();
            assertThat(onThe28th.nextEligibleDate()).isEqualTo(date("2025-03-01"));
            assertThat(onThe1st.usedInWindow()).isEqualTo(1);
            assertThat(onThe1st.exceeded()).isFalse();
        }

        @Test
        void aSessionOn28FebruaryOfALeapYearLeavesOn28FebruaryAYearLater() {
            List<RecordedSession> history = List.of(
                    lumbar("feb", "2024-02-28", RFA, SessionStatus.PERFORMED),
                    lumbar("aug", "2024-08-01", RFA, SessionStatus.PERFORMED));

            FrequencyVerdict verdict = MEDICARE.assess(history, LUMBAR, RFA, date("2025-02-20"), false);

            assertThat(verdict.exceeded()).isTrue();
            assertThat(verdict.nextEligibleDate()).isEqualTo(date("2025-02-28"));
        }

        @Test
        void aBookingThatBreaksALaterWindowWithAFutureScheduledSessionIsExceeded() {
            List<RecordedSession> history = List.of(
                    lumbar("jan", "2026-01-10", RFA, SessionStatus.PERFORMED),
                    lumbar("sep", "2026-09-01", RFA, SessionStatus.SCHEDULED));

            FrequencyVerdict verdict = MEDICARE.assess(history, LUMBAR, RFA, date("2026-05-01"), true);

            assertThat(verdict.usedInWindow()).isEqualTo(1);
            assertThat(verdict.exceeded()).isTrue();
            // Every date up to 2027-01-09 shares a window with both January and September.
            assertThat(verdict.nextEligibleDate()).isEqualTo(date("2027-01-10"));
            assertThat(verdict.findings().get(0).message()).contains("ending 2026-09-01");
        }

        @Test
        void cancelledSessionsAndOtherRegionsAndCountersDoNotCount() {
            List<RecordedSession> history = List.of(
                    lumbarTherapeutic("a", "2025-06-01"), lumbarTherapeutic("b", "2025-07-01"),
                    lumbarTherapeutic("c", "2025-08-01"),
                    lumbar("cancelled", "2025-09-01", THERAPEUTIC, SessionStatus.CANCELLED),
                    lumbar("diagnostic", "2025-10-01", DIAGNOSTIC, SessionStatus.PERFORMED),
                    session("neck", date("2025-11-01"), CERVICAL, THERAPEUTIC, SessionStatus.PERFORMED));

            FrequencyVerdict verdict = MEDICARE.assess(history, LUMBAR, THERAPEUTIC, date("2026-01-15"), false);

            assertThat(verdict.usedInWindow()).isEqualTo(3);
            assertThat(verdict.exceeded()).isFalse();
        }
    }

    @Nested
    class Liability {
        private final List<RecordedSession> twoRfas = List.of(
                lumbar("r1", "2026-01-05", RFA, SessionStatus.PERFORMED),
                lumbar("r2", "2026-04-05", RFA, SessionStatus.PERFORMED));

        @Test
        void exceededWithAnAbnOnFileIsGaAndThePatientMayBeBilled() {
            FrequencyVerdict verdict = MEDICARE.assess(twoRfas, LUMBAR, RFA, date("2026-06-01"), true);

            assertThat(verdict.liabilityModifier()).isEqualTo("GA");
            assertThat(verdict.findings()).extracting(Finding::ruleId).containsExactly("LCD-FREQ-RFA", "ABN-GA");
            Finding ga = verdict.findings().get(1);
            assertThat(ga.severity()).isEqualTo(Finding.Severity.INFO);
            assertThat(ga.confidence()).isEqualTo(Finding.Confidence.UNCONFIRMED);
            assertThat(ga.message()).contains("GA").contains("patient may be billed");
        }

        @Test
        void exceededWithoutAnAbnIsGzAndTheProviderIsLiable() {
            FrequencyVerdict verdict = MEDICARE.assess(twoRfas, LUMBAR, RFA, date("2026-06-01"), false);

            assertThat(verdict.liabilityModifier()).isEqualTo("GZ");
            Finding gz = verdict.findings().get(1);
            assertThat(gz.ruleId()).isEqualTo("ABN-GZ");
            assertThat(gz.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(gz.confidence()).isEqualTo(Finding.Confidence.UNCONFIRMED);
            assertThat(gz.message()).contains("GZ").contains("provider bears the cost");
        }

        @Test
        void theExceededFindingIsAnErrorWithLimitCountNextDateAndTheLcdCitation() {
            Finding error = MEDICARE.assess(twoRfas, LUMBAR, RFA, date("2026-06-01"), false).findings().get(0);

            assertThat(error.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(error.ruleId()).isEqualTo("LCD-FREQ-RFA");
            assertThat(error.message()).contains("at most 2 radiofrequency ablation sessions")
                    .contains("already has 2").contains("2027-01-05");
            assertThat(error.citation()).isEqualTo(MEDICARE.source()).contains("L38773");
            assertThat(error.confidence()).isEqualTo(Finding.Confidence.SECONDARY_SOURCE);
        }
    }

    @Nested
    class ConfirmatoryInterval {
        @Test
        void aDiagnosticSessionLessThan14DaysAfterThePreviousWarns() {
            List<RecordedSession> history = List.of(lumbar("first", "2026-03-01", DIAGNOSTIC, SessionStatus.PERFORMED));

            FrequencyVerdict verdict = MEDICARE.assess(history, LUMBAR, DIAGNOSTIC, date("2026-03-14"), false);

            assertThat(verdict.exceeded()).isFalse();
            assertThat(verdict.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                assertThat(f.ruleId()).isEqualTo("LCD-DIAG-CONFIRMATORY-INTERVAL");
                assertThat(f.message()).contains("2026-03-01").contains("13 days").contains("14 days");
            });
        }

        @Test
        void fourteenDaysIsEnough() {
            List<RecordedSession> history = List.of(lumbar("first", "2026-03-01", DIAGNOSTIC, SessionStatus.PERFORMED));

            assertThat(MEDICARE.assess(history, LUMBAR, DIAGNOSTIC, date("2026-03-15"), false).findings()).isEmpty();
        }

        @Test
        void onlyAPreviousNonCancelledDiagnosticSessionInTheSameRegionCounts() {
            List<RecordedSession> history = List.of(
                    lumbar("cancelled", "2026-03-05", DIAGNOSTIC, SessionStatus.CANCELLED),
                    lumbar("therapeutic", "2026-03-06", THERAPEUTIC, SessionStatus.PERFORMED),
                    session("neck", date("2026-03-07"), CERVICAL, DIAGNOSTIC, SessionStatus.PERFORMED),
                    lumbar("later", "2026-03-12", DIAGNOSTIC, SessionStatus.SCHEDULED));

            assertThat(MEDICARE.assess(history, LUMBAR, DIAGNOSTIC, date("2026-03-10"), false).findings()).isEmpty();
        }

        @Test
        void therapeuticSessionsAreNotChecked() {
            List<RecordedSession> history = List.of(lumbarTherapeutic("t", "2026-03-01"));

            assertThat(MEDICARE.assess(history, LUMBAR, THERAPEUTIC, date("2026-03-05"), false).findings()).isEmpty();
        }
    }

    @Nested
    class CounterStatuses {
        @Test
        void everyRegionAndCounterWithTheNextEligibleDateOnlyWhenBlocked() {
            List<RecordedSession> history = List.of(
                    lumbar("r1", "2026-01-05", RFA, SessionStatus.PERFORMED),
                    lumbar("r2", "2026-04-05", RFA, SessionStatus.PERFORMED),
                    lumbarTherapeutic("t1", "2026-02-01"));

            List<CounterStatus> counters = MEDICARE.counters(history, date("2026-06-01"));

            assertThat(counters).hasSize(6).containsExactly(
                    new CounterStatus(CERVICAL, DIAGNOSTIC, 4, 0, null),
                    new CounterStatus(CERVICAL, THERAPEUTIC, 4, 0, null),
                    new CounterStatus(CERVICAL, RFA, 2, 0, null),
                    new CounterStatus(LUMBAR, DIAGNOSTIC, 4, 0, null),
                    new CounterStatus(LUMBAR, THERAPEUTIC, 4, 1, null),
                    new CounterStatus(LUMBAR, RFA, 2, 2, date("2027-01-05")));
        }
    }
}
