package com.facetestimator.domain.coding;

import static com.facetestimator.domain.coding.ClaimText.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Medicare facet LCD applied through a payer's coverage policy id, and its absence. */
class CoverageFindingsTest {

    private final CodingEngine engine = com.facetestimator.rules.RuleFiles.bundled().coding();

    private static ProcedureRequest lumbar(SiteOfService site, Procedure procedure, Purpose purpose, Guidance guidance,
                                           Laterality laterality, String... levels) {
        return request(site, procedure, purpose, guidance, laterality, levels);
    }

    private static List<String> ruleIds(CodingResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    private static Finding finding(CodingResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + ruleId + " in " + result.findings()));
    }

    @Nested
    class Guidance_ {
        @Test
        void ultrasoundIsNotCoveredAndEveryLineSaysSo() {
            CodingResult result = engine.code(lumbar(SiteOfService.ASC, Procedure.INJECTION, Purpose.THERAPEUTIC,
                    Guidance.ULTRASOUND, Laterality.BILATERAL, "L4-L5", "L5-S1"), ClaimText.MEDICARE_ASC);

            assertThat(result.coverage()).isEqualTo(new CoverageDetermination(false, false, true));
            Finding f = finding(result, "LCD-GUIDANCE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("fluoroscopy or CT").contains("ultrasound");
            assertThat(f.confidence()).isEqualTo(Confidence.SECONDARY_SOURCE);
            assertThat(result.claims()).hasSize(2).allSatisfy(c -> assertThat(c.lines()).noneMatch(ClaimLine::covered));
        }

        @Test
        void noGuidanceInjectionHasNoLinesPointsToTriggerPointCodesAndIsNotCovered() {
            CodingResult result = engine.code(lumbar(SiteOfService.OFFICE, Procedure.INJECTION, Purpose.THERAPEUTIC,
                    Guidance.NONE, Laterality.RIGHT, "L4-L5"), ClaimText.MEDICARE);

            assertThat(result.claims()).isEmpty();
            assertThat(ruleIds(result)).containsExactly("CPT-INJECTION-NO-GUIDANCE", "LCD-GUIDANCE", "LCD-DX-NOT-CHECKED");
            Finding noCode = finding(result, "CPT-INJECTION-NO-GUIDANCE");
            assertThat(noCode.severity()).isEqualTo(Severity.ERROR);
            assertThat(noCode.message()).contains("20552").contains("20553");
            assertThat(noCode.confidence()).isEqualTo(Confidence.UNCONFIRMED);
            assertThat(result.coverage().covered()).isFalse();
        }

        @Test
        void rfaUnderUltrasoundHasNoCodeInTheFamily() {
            CodingResult result = engine.code(lumbar(SiteOfService.OFFICE, Procedure.RFA, null,
                    Guidance.ULTRASOUND, Laterality.RIGHT, "L4-L5"), ClaimText.NO_POLICY);

            assertThat(result.claims()).isEmpty();
            Finding f = finding(result, "CPT-RFA-NO-FAMILY");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("64999");
            assertThat(f.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        }

        @Test
        void ctIsCovered() {
            CodingResult result = engine.code(lumbar(SiteOfService.OFFICE, Procedure.INJECTION, Purpose.THERAPEUTIC,
                    Guidance.CT, Laterality.RIGHT, "L4-L5"), ClaimText.MEDICARE);

            assertThat(result.coverage()).isEqualTo(new CoverageDetermination(true, false, false));
            assertThat(ruleIds(result)).doesNotContain("LCD-GUIDANCE");
        }
    }

    @Nested
    class Levels {
        @Test
        void thirdLevelAddOnIsNotCoveredButTheRestIs() {
            CodingResult result = engine.code(lumbar(SiteOfService.HOPD, Procedure.INJECTION, Purpose.THERAPEUTIC,
                    Guidance.FLUOROSCOPY, Laterality.BILATERAL, "L3-L4", "L4-L5", "L5-S1", "L2-L3"),
                    ClaimText.MEDICARE);

            assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo("64493-50x1 +64494-50x1 !+64495-50x1");
            assertThat(ClaimText.render(result, ClaimType.FACILITY)).isEqualTo("64493-50x1 +64494-50x1 !+64495-50x1");
            assertThat(result.coverage().covered()).isTrue();
            assertThat(result.coverage().abnAdvised()).isTrue();
            Finding f = finding(result, "LCD-LEVELS-2");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("L4-L5, L5-S1").contains("64495").contains("Noridian").contains("appeal");
        }

        @Test
        void rfaJointsBeyondTheSecondAreSplitOntoANonCoveredLine() {
            CodingResult result = engine.code(lumbar(SiteOfService.ASC, Procedure.RFA, null,
                    Guidance.FLUOROSCOPY, Laterality.BILATERAL, "L2-L3", "L3-L4", "L4-L5", "L5-S1"),
                    ClaimText.MEDICARE_ASC);

            assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo("64635-50x1 +64636-50x1 !+64636-50x2");
            assertThat(ClaimText.render(result, ClaimType.FACILITY))
                    .isEqualTo("64635-RTx1 64635-LTx1 +64636-RTx1 +64636-LTx1 !+64636-RTx2 !+64636-LTx2");
            assertThat(ruleIds(result)).contains("LCD-LEVELS-2");
        }

        @Test
        void twoLevelsAreCovered() {
            CodingResult result = engine.code(lumbar(SiteOfService.OFFICE, Procedure.RFA, Purpose.THERAPEUTIC,
                    Guidance.FLUOROSCOPY, Laterality.LEFT, "L4-L5", "L5-S1"), ClaimText.MEDICARE);

            assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo("64635-LTx1 +64636-LTx1");
            assertThat(ruleIds(result)).doesNotContain("LCD-LEVELS-2");
            assertThat(result.coverage().abnAdvised()).isFalse();
        }
    }

    @Nested
    class Kx {
        private CodingResult diagnostic(String locality, Purpose purpose) {
            ProcedureRequest r = new ProcedureRequest(SiteOfService.ASC, LocalDate.of(2025, 5, 1), Procedure.INJECTION,
                    purpose, ClaimText.levels("L4-L5", "L5-S1"), Laterality.BILATERAL, Guidance.FLUOROSCOPY, locality);
            return engine.code(r, ClaimText.MEDICARE_ASC);
        }

        @Test
        void noridianLocalityPutsKxOnEveryLineOfBothClaimsAfterTheBilateralModifier() {
            CodingResult result = diagnostic("01182-18", Purpose.DIAGNOSTIC);

            assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo("64493-50-KXx1 +64494-50-KXx1");
            assertThat(ClaimText.render(result, ClaimType.FACILITY))
                    .isEqualTo("64493-RT-KXx1 64493-LT-KXx1 +64494-RT-KXx1 +64494-LT-KXx1");
            Finding kx = finding(result, "LCD-KX-DIAGNOSTIC");
            assertThat(kx.message()).contains("Noridian JE");
            assertThat(kx.citation()).isEqualTo("Noridian billing article A58403");
            assertThat(kx.confidence()).isEqualTo(Confidence.PRIMARY_SOURCE);
            assertThat(finding(result, "LCD-KX-MAC-FROM-LOCALITY").confidence()).isEqualTo(Confidence.UNCONFIRMED);
            assertThat(result.sources()).contains("Facet Joint Interventions LCD (Noridian L38801 rev. 2024-08)");
        }

        @Test
        void kxIsNeverOnALineThePolicyExcludes() {
            CodingResult result = new CodingEngine(com.facetestimator.rules.RuleFiles.bundled().codeFamilies(), com.facetestimator.rules.RuleFiles.bundled().coverage()).code(
                    new ProcedureRequest(SiteOfService.OFFICE, java.time.LocalDate.of(2026, 3, 2), Procedure.INJECTION, Purpose.DIAGNOSTIC,
                            ClaimText.levels("L3-L4", "L4-L5", "L5-S1"), Laterality.BILATERAL, Guidance.FLUOROSCOPY, "01182-18"),
                    new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, BilateralStyle.MODIFIER_50_ONE_UNIT, "MEDICARE-FACET-LCD"));

            assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo("64493-50-KXx1 +64494-50-KXx1 !+64495-50x1");
            assertThat(result.claims().get(0).lines()).filteredOn(l -> !l.covered()).extracting(ClaimLine::code).containsExactly("64495");
        }

        @Test
        void firstCoastLocalityPutsKxOnEveryLine() {
            CodingResult result = diagnostic("09102-99", Purpose.DIAGNOSTIC);

            assertThat(result.claims()).allSatisfy(c -> assertThat(c.lines()).allMatch(l -> l.modifiers().contains("KX")));
            assertThat(finding(result, "LCD-KX-DIAGNOSTIC").message()).contains("First Coast");
            assertThat(finding(result, "LCD-KX-DIAGNOSTIC").citation()).isEqualTo("First Coast billing article A57787");
        }

        @Test
        void novitasAndWpsGetKxOnABillingFirmsWordMarkedLowerConfidence() {
            for (String locality : List.of("04412-11", "12502-01", "05302-02", "08202-01")) {
                CodingResult result = diagnostic(locality, Purpose.DIAGNOSTIC);

                assertThat(result.claims()).allSatisfy(c -> assertThat(c.lines()).allMatch(l -> l.modifiers().contains("KX")));
                Finding f = finding(result, "LCD-KX-DIAGNOSTIC-REPORTED");
                assertThat(f.confidence()).isEqualTo(Confidence.SECONDARY_SOURCE);
                assertThat(f.message()).contains("billing firm").containsAnyOf("Novitas", "WPS");
                assertThat(f.citation()).containsAnyOf("Novitas L34892", "WPS L38841");
                assertThat(ruleIds(result)).doesNotContain("LCD-KX-DIAGNOSTIC");
            }
        }

        @Test
        void cgsPalmettoAndNgsGetNoKxAndAWarningToCheckTheirArticle() {
            for (String[] c : List.of(new String[] {"15202-00", "CGS billing article A58364"},
                    new String[] {"10212-01", "Palmetto GBA billing article A58350"},
                    new String[] {"13202-01", "NGS billing article A57826"})) {
                CodingResult result = diagnostic(c[0], Purpose.DIAGNOSTIC);

                assertThat(result.claims()).allSatisfy(claim -> assertThat(claim.lines()).noneMatch(l -> l.modifiers().contains("KX")));
                Finding f = finding(result, "LCD-KX-CHECK-ARTICLE");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.confidence()).isEqualTo(Confidence.UNCONFIRMED);
                assertThat(f.message()).contains("check " + c[1]);
                assertThat(f.citation()).isEqualTo(c[1]);
                Finding mac = finding(result, "LCD-KX-MAC-FROM-LOCALITY");
                assertThat(mac.severity()).isEqualTo(Severity.INFO);
                assertThat(mac.message()).contains(c[0].substring(0, 5));
            }
        }

        @Test
        void aContractorNumberThePolicyDoesNotListWarnsInsteadOfGuessing() {
            CodingResult result = diagnostic("99999-01", Purpose.DIAGNOSTIC);

            assertThat(result.claims()).allSatisfy(c -> assertThat(c.lines()).noneMatch(l -> l.modifiers().contains("KX")));
            assertThat(finding(result, "LCD-KX-CHECK-ARTICLE").message()).contains("99999");
        }

        @Test
        void unknownLocalityWarnsThatNoridianAndFirstCoastRequireKxInsteadOfGuessing() {
            CodingResult result = diagnostic(null, Purpose.DIAGNOSTIC);

            assertThat(result.claims()).allSatisfy(c -> assertThat(c.lines()).noneMatch(l -> l.modifiers().contains("KX")));
            Finding f = finding(result, "LCD-KX-NO-LOCALITY");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("Noridian").contains("First Coast").contains("No locality");
            assertThat(f.citation()).contains("A58403").contains("A57787");
        }

        @Test
        void therapeuticInjectionNeedsNoKx() {
            CodingResult result = diagnostic("01182-18", Purpose.THERAPEUTIC);

            assertThat(result.claims()).allSatisfy(c -> assertThat(c.lines()).noneMatch(l -> l.modifiers().contains("KX")));
            assertThat(ruleIds(result)).noneMatch(id -> id.startsWith("LCD-KX"));
        }
    }

    @Nested
    class PriorAuthorization {
        private CodingResult on(SiteOfService site, LocalDate date) {
            ProcedureRequest r = new ProcedureRequest(site, date, Procedure.RFA, null, ClaimText.levels("L4-L5"),
                    Laterality.RIGHT, Guidance.FLUOROSCOPY, null);
            return engine.code(r, ClaimText.MEDICARE);
        }

        @Test
        void hopdBeforeJuly2023NeedsNone() {
            CodingResult result = on(SiteOfService.HOPD, LocalDate.of(2023, 6, 30));

            assertThat(result.coverage().priorAuthorizationRequired()).isFalse();
            assertThat(ruleIds(result)).doesNotContain("OPPS-PRIOR-AUTH");
        }

        @Test
        void hopdFromJuly2023NeedsIt() {
            CodingResult result = on(SiteOfService.HOPD, LocalDate.of(2023, 7, 1));

            assertThat(result.coverage()).isEqualTo(new CoverageDetermination(true, true, false));
            Finding f = finding(result, "OPPS-PRIOR-AUTH");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.citation()).isEqualTo("42 CFR 419.83");
            assertThat(f.confidence()).isEqualTo(Confidence.PRIMARY_SOURCE);
        }

        @Test
        void ascAndOfficeNeedNone() {
            assertThat(on(SiteOfService.ASC, LocalDate.of(2025, 1, 2)).coverage().priorAuthorizationRequired()).isFalse();
            assertThat(on(SiteOfService.OFFICE, LocalDate.of(2025, 1, 2)).coverage().priorAuthorizationRequired()).isFalse();
        }
    }

    @Nested
    class Documentation {
        @Test
        void checklistHasTheGeneralItemsAndThePolicyItemsForTheKindOfSession() {
            CodingResult rfa = engine.code(lumbar(SiteOfService.OFFICE, Procedure.RFA, null, Guidance.FLUOROSCOPY,
                    Laterality.RIGHT, "L4-L5"), ClaimText.MEDICARE);

            assertThat(rfa.documentation()).anyMatch(s -> s.contains("Pain history"));
            assertThat(rfa.documentation()).anyMatch(s -> s.contains("6 months"));
            assertThat(rfa.documentation()).noneMatch(s -> s.contains("at least 2 weeks after"));
        }

        @Test
        void denialRisksAreChecklistItemsForTheClaimsTheyConcernNotFindings() {
            CodingResult bilateral = engine.code(lumbar(SiteOfService.OFFICE, Procedure.INJECTION, Purpose.THERAPEUTIC,
                    Guidance.FLUOROSCOPY, Laterality.BILATERAL, "L4-L5", "L5-S1"), ClaimText.MEDICARE);
            CodingResult right = engine.code(lumbar(SiteOfService.OFFICE, Procedure.INJECTION, Purpose.THERAPEUTIC,
                    Guidance.FLUOROSCOPY, Laterality.RIGHT, "L4-L5"), ClaimText.MEDICARE);

            assertThat(ruleIds(bilateral)).noneMatch(id -> id.startsWith("DENIAL"));
            assertThat(ruleIds(right)).noneMatch(id -> id.startsWith("DENIAL"));
            assertThat(bilateral.documentation()).anyMatch(s -> s.contains("modifier 50 or RT and LT"))
                    .anyMatch(s -> s.contains("reported first"));
            assertThat(right.documentation()).noneMatch(s -> s.contains("modifier 50 or RT and LT"))
                    .noneMatch(s -> s.contains("reported first"))
                    .anyMatch(s -> s.contains("image guidance used"));
        }
    }

    @Nested
    class WithoutPolicy {
        @Test
        void noFindingsNoKxCoveredAndTheChecklistStillReturned() {
            ProcedureRequest r = new ProcedureRequest(SiteOfService.HOPD, LocalDate.of(2025, 3, 3), Procedure.INJECTION,
                    Purpose.DIAGNOSTIC, ClaimText.levels("L3-L4", "L4-L5", "L5-S1"), Laterality.BILATERAL, Guidance.FLUOROSCOPY,
                    "01182-18");

            CodingResult result = engine.code(r, ClaimText.NO_POLICY);

            assertThat(result.findings()).isEmpty();
            assertThat(result.coverage()).isEqualTo(new CoverageDetermination(true, false, false));
            assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo("64493-50x1 +64494-50x1 +64495-50x1");
            // Bilateral, image-guided, with add-ons: every general item applies, and no policy item.
            assertThat(result.documentation()).isEqualTo(com.facetestimator.rules.RuleFiles.bundled().coverage()
                    .generalDocumentation().stream().map(CoveragePolicyTable.ChecklistItem::text).toList()).isNotEmpty();
            assertThat(result.sources()).isEmpty();
        }

        @Test
        void unknownPolicyIdIsAConfigurationError() {
            BillingConventions broken = new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT,
                    BilateralStyle.MODIFIER_50_ONE_UNIT, "NO-SUCH-POLICY");

            assertThatThrownBy(() -> engine.code(ClaimText.injection(Purpose.DIAGNOSTIC, Laterality.LEFT, "L4-L5"), broken))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH-POLICY");
        }
    }

    @Nested
    class CodingFindings {
        @Test
        void t12L1WithLumbarCitesCgs() {
            CodingResult result = engine.code(ClaimText.injection(Purpose.DIAGNOSTIC, Laterality.RIGHT, "T12-L1", "L1-L2"),
                    ClaimText.NO_POLICY);

            Finding f = finding(result, "CPT-T12L1-WITH-LUMBAR");
            assertThat(f.citation()).isEqualTo("CGS billing article A58364 (update effective 2025-01-01)");
            assertThat(f.confidence()).isEqualTo(Confidence.PRIMARY_SOURCE);
            assertThat(f.message()).contains("64490").contains("64494");
        }

        @Test
        void ultrasoundT12L1WithLumbarIsMarkedUnconfirmed() {
            CodingResult result = engine.code(request(SiteOfService.OFFICE, Procedure.INJECTION, Purpose.DIAGNOSTIC,
                    Guidance.ULTRASOUND, Laterality.RIGHT, "T12-L1", "L1-L2"), ClaimText.NO_POLICY);

            Finding f = finding(result, "CPT-T12L1-WITH-LUMBAR-US");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        }

        @Test
        void fourOrMoreLevelsExplainTheOnceRule() {
            CodingResult result = engine.code(ClaimText.injection(Purpose.DIAGNOSTIC, Laterality.RIGHT,
                    "L1-L2", "L2-L3", "L3-L4", "L4-L5"), ClaimText.NO_POLICY);

            Finding f = finding(result, "CPT-ADDON-ONCE");
            assertThat(f.confidence()).isEqualTo(Confidence.SECONDARY_SOURCE);
            assertThat(f.message()).contains("L3-L4, L4-L5").contains("64495");
        }
    }
}
