package com.facetestimator.domain.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;
import com.facetestimator.rules.RuleFiles;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The diagnoses that support coverage under the Medicare facet LCD (Noridian billing article
 * A58403, Group 1, a secondary transcription), and the contractor's own LCD and article by date.
 */
class DiagnosisCoverageTest {
    private static final CodingEngine ENGINE = RuleFiles.bundled().coding();

    private static CodingResult code(CodingEngine engine, Procedure procedure, String locality, LocalDate date,
                                     List<String> levels, String... diagnoses) {
        ProcedureRequest request = new ProcedureRequest(SiteOfService.OFFICE, date, procedure,
                procedure == Procedure.RFA ? null : Purpose.DIAGNOSTIC, ClaimText.levels(levels.toArray(String[]::new)),
                Laterality.RIGHT, Guidance.FLUOROSCOPY, locality, List.of(diagnoses));
        return engine.code(request, ClaimText.MEDICARE);
    }

    private static CodingResult lumbar(Procedure procedure, String locality, String... diagnoses) {
        return code(ENGINE, procedure, locality, LocalDate.of(2026, 6, 1), List.of("L4-L5"), diagnoses);
    }

    private static List<String> ids(CodingResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    private static Finding finding(CodingResult r, String id) {
        return r.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + r.findings()));
    }

    @Nested
    class CoveredList {
        @Test
        void withoutDiagnosesAnInfoSaysTheyWereNotChecked() {
            CodingResult r = lumbar(Procedure.INJECTION, "01182-18");

            Finding f = finding(r, "LCD-DX-NOT-CHECKED");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("not checked").contains("A58403");
            assertThat(r.coverage().covered()).isTrue();
        }

        @Test
        void noCodeOnTheListMakesTheServiceNotCoveredWithAnAbnAdvisedAndNoKx() {
            CodingResult r = lumbar(Procedure.INJECTION, "01182-18", "M54.50", "M47.811");

            Finding f = finding(r, "LCD-DX-NOT-COVERED");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("M54.50, M47.811").contains("A58403");
            assertThat(f.citation()).contains("A58403").contains("Group 1");
            assertThat(r.coverage().covered()).isFalse();
            assertThat(r.coverage().abnAdvised()).isTrue();
            assertThat(r.claims()).allSatisfy(c -> assertThat(c.lines()).noneMatch(ClaimLine::covered)
                    .noneMatch(l -> l.modifiers().contains("KX")));
            assertThat(r.sources()).anyMatch(s -> s.contains("A58403") && s.contains("secondary transcription"));
        }

        @Test
        void aCoveredCodeSupportsTheServiceAndKxFollows() {
            CodingResult r = lumbar(Procedure.INJECTION, "01182-18", "M54.50", "M47.816");

            assertThat(ids(r)).doesNotContain("LCD-DX-NOT-COVERED", "LCD-DX-REGION", "LCD-DX-NOT-CHECKED");
            assertThat(r.coverage().covered()).isTrue();
            assertThat(r.claims().get(0).lines()).allMatch(l -> l.modifiers().contains("KX"));
        }

        @Test
        void theRegionIsTheCodesSixthCharacterAndAnotherRegionIsAWarning() {
            Finding cervicalOnLumbar = finding(lumbar(Procedure.INJECTION, "01182-18", "M47.812"), "LCD-DX-REGION");
            assertThat(cervicalOnLumbar.severity()).isEqualTo(Severity.WARNING);
            assertThat(cervicalOnLumbar.message()).contains("M47.812").contains("lumbar/sacral");

            CodingResult lumbarOnCervical = code(ENGINE, Procedure.INJECTION, "01182-18", LocalDate.of(2026, 6, 1),
                    List.of("C5-C6"), "M47.817");
            assertThat(ids(lumbarOnCervical)).contains("LCD-DX-REGION");
            // 5 is thoracolumbar: it fits either region; 6 and 7 lumbar; 2-4 cervical/thoracic.
            assertThat(ids(lumbar(Procedure.INJECTION, "01182-18", "M47.815"))).doesNotContain("LCD-DX-REGION");
            assertThat(ids(lumbar(Procedure.INJECTION, "01182-18", "M48.17"))).doesNotContain("LCD-DX-REGION");
            assertThat(ids(code(ENGINE, Procedure.INJECTION, "01182-18", LocalDate.of(2026, 6, 1), List.of("T4-T5"),
                    "M47.894"))).doesNotContain("LCD-DX-REGION");
            for (String code : List.of("M47.812", "M47.813", "M47.814", "M48.12", "M53.84")) {
                assertThat(CoverageCheck.fitsRegion(code, SpinalRegion.LUMBAR_SACRAL)).as(code).isFalse();
                assertThat(CoverageCheck.fitsRegion(code, SpinalRegion.CERVICAL_THORACIC)).as(code).isTrue();
            }
        }

        @Test
        void m53FacetCystCodesSupportAnInjectionButNeverAnAblation() {
            assertThat(ids(lumbar(Procedure.INJECTION, "01182-18", "M53.86"))).noneMatch(id -> id.startsWith("LCD-DX-"));

            CodingResult rfa = lumbar(Procedure.RFA, "01182-18", "M53.86");
            Finding cyst = finding(rfa, "LCD-DX-CYST-ONLY");
            assertThat(cyst.severity()).isEqualTo(Severity.ERROR);
            assertThat(cyst.message()).contains("M53.86").contains("not radiofrequency ablation");
            assertThat(ids(rfa)).contains("LCD-DX-NOT-COVERED");
            assertThat(rfa.coverage().covered()).isFalse();

            CodingResult withSpondylosis = lumbar(Procedure.RFA, "01182-18", "M53.86", "M47.816");
            assertThat(ids(withSpondylosis)).contains("LCD-DX-CYST-ONLY").doesNotContain("LCD-DX-NOT-COVERED");
            assertThat(withSpondylosis.coverage().covered()).isTrue();
        }

        @Test
        void everyCodeOfTheTranscribedListIsCoveredForAnInjection() {
            for (String code : List.of("M47.812", "M47.813", "M47.814", "M47.815", "M47.816", "M47.817", "M47.892",
                    "M47.893", "M47.894", "M47.895", "M47.896", "M47.897", "M48.12", "M48.13", "M48.14", "M48.15", "M48.16",
                    "M48.17", "M53.82", "M53.83", "M53.84", "M53.85", "M53.86", "M53.87")) {
                assertThat(lumbar(Procedure.INJECTION, "01182-18", code).coverage().covered()).as(code).isTrue();
            }
            for (String code : List.of("M47.811", "M47.818", "M47.819", "M54.50", "M54.2", "M51.16")) {
                assertThat(lumbar(Procedure.INJECTION, "01182-18", code).coverage().covered()).as(code).isFalse();
            }
        }
    }

    @Nested
    class ByContractor {
        @Test
        void noridianReadsAsTheSecondarySourceItIsElsewhereTheListIsMarkedUnconfirmed() {
            CodingResult noridian = lumbar(Procedure.INJECTION, "01182-18", "M54.50");
            CodingResult cgs = lumbar(Procedure.INJECTION, "15202-00", "M54.50");
            CodingResult national = lumbar(Procedure.INJECTION, null, "M54.50");

            assertThat(finding(noridian, "LCD-DX-NOT-COVERED").confidence()).isEqualTo(Confidence.SECONDARY_SOURCE);
            assertThat(ids(noridian)).doesNotContain("LCD-DX-LIST-UNCONFIRMED");
            assertThat(finding(cgs, "LCD-DX-NOT-COVERED").confidence()).isEqualTo(Confidence.UNCONFIRMED);
            Finding unconfirmed = finding(cgs, "LCD-DX-LIST-UNCONFIRMED");
            assertThat(unconfirmed.message()).contains("CGS J15").contains("A58403");
            assertThat(unconfirmed.citation()).contains("CGS billing article A58364");
            assertThat(finding(national, "LCD-DX-NOT-COVERED").confidence()).isEqualTo(Confidence.UNCONFIRMED);
            assertThat(cgs.coverage().covered()).as("applied to every MAC: the LCD family is harmonised").isFalse();
        }

        @Test
        void aContractorsOwnListReplacesThePolicysAsData() {
            CodingEngine engine = RuleFiles.load(RuleFiles.CODE_FAMILIES_RESOURCE,
                    "fixtures/rules/policies-contractor-diagnoses.json").coding();

            CodingResult cgs = code(engine, Procedure.INJECTION, "15202-00", LocalDate.of(2026, 6, 1), List.of("L4-L5"), "M54.50");
            CodingResult noridian = code(engine, Procedure.INJECTION, "01182-18", LocalDate.of(2026, 6, 1), List.of("L4-L5"),
                    "M54.50");

            assertThat(cgs.coverage().covered()).isTrue();
            assertThat(ids(cgs)).doesNotContain("LCD-DX-NOT-COVERED", "LCD-DX-LIST-UNCONFIRMED");
            assertThat(cgs.sources()).contains("CGS test list (fixture only)");
            assertThat(noridian.coverage().covered()).isFalse();
        }

        @Test
        void noridianJfCitesL38803AndA58405UntilTheirRetirementThenL38801AndA58403() {
            CodingResult before = code(ENGINE, Procedure.INJECTION, "02102-01", LocalDate.of(2026, 4, 15), List.of("L4-L5"),
                    "M47.816");
            CodingResult after = code(ENGINE, Procedure.INJECTION, "02102-01", LocalDate.of(2026, 4, 16), List.of("L4-L5"),
                    "M47.816");

            assertThat(before.sources()).contains("Facet Joint Interventions LCD (Noridian L38803 rev. 2024-08)",
                    "Noridian billing article A58405");
            assertThat(finding(before, "LCD-KX-DIAGNOSTIC").citation()).isEqualTo("Noridian billing article A58405");
            assertThat(ids(before)).doesNotContain("LCD-MAC-RETIRED");
            assertThat(after.sources()).contains("Facet Joint Interventions LCD (Noridian L38801 rev. 2024-08)",
                    "Noridian billing article A58403");
            assertThat(finding(after, "LCD-KX-DIAGNOSTIC").citation()).isEqualTo("Noridian billing article A58403");
            Finding retired = finding(after, "LCD-MAC-RETIRED");
            assertThat(retired.message()).contains("L38803").contains("2026-04-16");
            assertThat(retired.confidence()).isEqualTo(Confidence.SECONDARY_SOURCE);
        }

        @Test
        void cgsKeepsItsT12L1WithLumbarRuleCitedToCgs() {
            CodingResult r = code(ENGINE, Procedure.INJECTION, "01182-18", LocalDate.of(2026, 6, 1),
                    List.of("T12-L1", "L1-L2"), "M47.816");

            assertThat(ClaimText.render(r, ClaimType.PROFESSIONAL)).isEqualTo("64490-RT-KXx1 +64494-RT-KXx1");
            assertThat(finding(r, "CPT-T12L1-WITH-LUMBAR").citation()).startsWith("CGS billing article A58364");
        }
    }

    @Test
    void aRequestMovedToAnotherLocalityOrSiteKeepsItsDiagnoses() {
        ProcedureRequest request = new ProcedureRequest(SiteOfService.OFFICE, LocalDate.of(2026, 6, 1), Procedure.RFA, null,
                ClaimText.levels("L4-L5"), Laterality.RIGHT, Guidance.FLUOROSCOPY, null, List.of("M47.816", "M54.50"));

        assertThat(request.withLocality("15202-00").diagnoses()).containsExactly("M47.816", "M54.50");
        assertThat(request.withLocality("15202-00").locality()).isEqualTo("15202-00");
        assertThat(request.atSite(SiteOfService.ASC).diagnoses()).containsExactly("M47.816", "M54.50");
    }

    @Test
    void aRequestHoldsAtMostTwelveWellFormedCodes() {
        List<String> thirteen = Collections.nCopies(13, "M47.816");
        assertThatThrownBy(() -> new ProcedureRequest(SiteOfService.OFFICE, LocalDate.of(2026, 6, 1), Procedure.RFA, null,
                ClaimText.levels("L4-L5"), Laterality.RIGHT, Guidance.FLUOROSCOPY, null, thirteen))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProcedureRequest(SiteOfService.OFFICE, LocalDate.of(2026, 6, 1), Procedure.RFA, null,
                ClaimText.levels("L4-L5"), Laterality.RIGHT, Guidance.FLUOROSCOPY, null, List.of("M47816")))
                .isInstanceOf(IllegalArgumentException.class);
        for (String ok : List.of("M47.816", "M54", "S32.0XXA", "Z9A.1")) {
            assertThat(DiagnosisCodes.isWellFormed(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("m47.816", "M4", "M47.", "M47.81601", "47.816", "M47-816", "MM7.816")) {
            assertThat(DiagnosisCodes.isWellFormed(bad)).as(bad).isFalse();
        }
    }
}
