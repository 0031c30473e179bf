package com.facetestimator.domain.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link ProcedureRequest} cannot be built invalid: its constructor guards the rules the edge
 * checks first (through the same {@code purposeProblem} and {@code levelsProblem}), so the coding
 * engine never meets an invalid one. The field-by-field errors are AppointmentReaderTest's.
 */
class ValidationTest {

    private final CodingEngine engine = com.facetestimator.rules.RuleFiles.bundled().coding();

    private static ProcedureRequest levels(String... levels) {
        return ClaimText.injection(Purpose.THERAPEUTIC, Laterality.RIGHT, levels);
    }

    @Test
    void levelsOfTwoRegionsAreRefusedNamingTheLevels() {
        assertThat(ProcedureRequest.levelsProblem(ClaimText.levels("C5-C6", "L4-L5")))
                .hasValueSatisfying(p -> assertThat(p).contains("C5-C6").contains("L4-L5"));
        assertThatThrownBy(() -> levels("C5-C6", "L4-L5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void t12L1JoinsLumbarLevelsButThoracicLevelsDoNot() {
        assertThat(engine.code(levels("T12-L1", "L1-L2"), ClaimText.MEDICARE).region()).isEqualTo(SpinalRegion.LUMBAR_SACRAL);
        assertThat(ProcedureRequest.levelsProblem(ClaimText.levels("T11-T12", "T12-L1", "L1-L2")))
                .hasValueSatisfying(p -> assertThat(p).contains("T11-T12").contains("L1-L2"));
    }

    @Test
    void noLevelsTooManyLevelsAndARepeatedLevelAreRefused() {
        assertThat(ProcedureRequest.levelsProblem(List.of())).isPresent();
        assertThat(ProcedureRequest.levelsProblem(ClaimText.levels("L4-L5", "L4-L5"))).isPresent();
        assertThat(ProcedureRequest.levelsProblem(ClaimText.levels(
                "C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1", "T1-T2", "T2-T3", "T3-T4")))
                .hasValueSatisfying(p -> assertThat(p).contains("8").contains("9"));
        assertThatThrownBy(() -> levels()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void injectionNeedsAPurpose() {
        assertThat(ProcedureRequest.purposeProblem(Procedure.INJECTION, null)).isPresent();
        assertThatThrownBy(() -> ClaimText.request(SiteOfService.ASC, Procedure.INJECTION, null, Guidance.CT,
                Laterality.LEFT, "L4-L5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagnosticRfaIsRefusedButTherapeuticOrNoPurposeIsFine() {
        assertThat(ProcedureRequest.purposeProblem(Procedure.RFA, Purpose.DIAGNOSTIC))
                .hasValueSatisfying(p -> assertThat(p).contains("DIAGNOSTIC").contains("RFA"));
        for (Purpose ok : new Purpose[] {null, Purpose.THERAPEUTIC}) {
            ProcedureRequest r = ClaimText.request(SiteOfService.ASC, Procedure.RFA, ok, Guidance.CT, Laterality.LEFT, "L4-L5");
            assertThat(engine.code(r, ClaimText.MEDICARE).claims()).isNotEmpty();
        }
    }

    @Test
    void missingFieldsAndAMalformedLocalityCannotBeBuilt() {
        List<FacetLevel> l45 = ClaimText.levels("L4-L5");
        LocalDate date = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> new ProcedureRequest(SiteOfService.ASC, date, null, null, l45, Laterality.LEFT, Guidance.CT, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("procedure");
        assertThatThrownBy(() -> new ProcedureRequest(null, date, Procedure.RFA, null, l45, Laterality.LEFT, Guidance.CT, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("siteOfService");
        assertThatThrownBy(() -> new ProcedureRequest(SiteOfService.ASC, date, Procedure.RFA, null, l45, Laterality.LEFT,
                Guidance.CT, "Noridian")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLevelsAreCodedInSpinalOrder() {
        assertThat(engine.code(levels("L5-S1", "L4-L5"), ClaimText.MEDICARE).levels())
                .containsExactly(FacetLevel.L4_L5, FacetLevel.L5_S1);
    }

    @Test
    void aPayerWithoutABilateralStyleForANeededClaimIsAConfigurationErrorNotAGuess() {
        BillingConventions noFacilityStyle = new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT, null, null);
        ProcedureRequest bilateralAsc = ClaimText.request(SiteOfService.ASC, Procedure.INJECTION, Purpose.THERAPEUTIC,
                Guidance.CT, Laterality.BILATERAL, "L4-L5");
        ProcedureRequest rightAsc = ClaimText.request(SiteOfService.ASC, Procedure.INJECTION, Purpose.THERAPEUTIC,
                Guidance.CT, Laterality.RIGHT, "L4-L5");

        assertThatThrownBy(() -> engine.code(bilateralAsc, noFacilityStyle))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FACILITY");
        assertThat(engine.code(rightAsc, noFacilityStyle).claims()).hasSize(2);
    }
}
