package com.facetestimator.domain.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field problem is reported at once, naming the field (levels[i]) and the value sent. */
class ValidationTest {

    private final CodingEngine engine = com.facetestimator.rules.RuleFiles.bundled().coding();

    private static ProcedureRequest levels(String... levels) {
        return ClaimText.injection(Purpose.THERAPEUTIC, Laterality.RIGHT, levels);
    }

    private List<FieldError> errors(ProcedureRequest request) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> engine.code(request, ClaimText.MEDICARE));
        assertThat(e).as("expected InvalidInputException").isNotNull();
        return e.errors();
    }

    @Test
    void unknownLevelNamesItsIndexAndValue() {
        assertThat(errors(levels("L4-L5", "L6-L7"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels[1]");
            assertThat(e.message()).contains("'L6-L7'");
        });
    }

    @Test
    void blankLevelIsNamed() {
        assertThat(errors(levels(" "))).extracting(FieldError::field).containsExactly("levels[0]");
    }

    @Test
    void duplicateLevelIsNamedWhateverItsCase() {
        assertThat(errors(levels("L4-L5", "L5-S1", "l4-l5"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels[2]");
            assertThat(e.message()).contains("L4-L5").contains("levels[0]");
        });
    }

    @Test
    void noLevelsIsAnError() {
        assertThat(errors(levels())).extracting(FieldError::field).containsExactly("levels");
    }

    @Test
    void moreThanEightLevelsIsAnError() {
        List<FieldError> errors = errors(levels("C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1", "T1-T2", "T2-T3", "T3-T4"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels");
            assertThat(e.message()).contains("8").contains("9");
        });
    }

    @Test
    void twoRegionsInOneSessionIsAnErrorNamingTheLevels() {
        assertThat(errors(levels("C5-C6", "L4-L5"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels");
            assertThat(e.message()).contains("C5-C6").contains("L4-L5");
        });
    }

    @Test
    void t12L1JoinsLumbarLevelsButThoracicLevelsDoNot() {
        assertThat(engine.code(levels("T12-L1", "L1-L2"), ClaimText.MEDICARE).region()).isEqualTo(SpinalRegion.LUMBAR_SACRAL);
        assertThat(errors(levels("T11-T12", "T12-L1", "L1-L2"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("levels");
            assertThat(e.message()).contains("T11-T12").contains("L1-L2");
        });
    }

    @Test
    void injectionNeedsAPurpose() {
        ProcedureRequest r = ClaimText.request(SiteOfService.ASC, Procedure.INJECTION, null, Guidance.CT,
                Laterality.LEFT, "L4-L5");
        assertThat(errors(r)).extracting(FieldError::field).containsExactly("purpose");
    }

    @Test
    void diagnosticRfaIsAnErrorButTherapeuticOrNoPurposeIsFine() {
        ProcedureRequest diagnostic = ClaimText.request(SiteOfService.ASC, Procedure.RFA, Purpose.DIAGNOSTIC,
                Guidance.CT, Laterality.LEFT, "L4-L5");
        assertThat(errors(diagnostic)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("purpose");
            assertThat(e.message()).contains("DIAGNOSTIC").contains("RFA");
        });
        for (Purpose ok : new Purpose[] {null, Purpose.THERAPEUTIC}) {
            ProcedureRequest r = ClaimText.request(SiteOfService.ASC, Procedure.RFA, ok, Guidance.CT, Laterality.LEFT, "L4-L5");
            assertThat(engine.code(r, ClaimText.MEDICARE).claims()).isNotEmpty();
        }
    }

    @Test
    void levelsAreCaseInsensitiveAndTrimmed() {
        CodingResult result = engine.code(levels(" l5-s1", "L4-l5 "), ClaimText.MEDICARE);
        assertThat(result.levels()).containsExactly(FacetLevel.L4_L5, FacetLevel.L5_S1);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ProcedureRequest r = new ProcedureRequest(null, null, Procedure.INJECTION, null,
                List.of("L4-L5", "X9", "L4-L5", "C5-C6"), null, null, "Noridian");

        assertThat(errors(r)).extracting(FieldError::field).containsExactly(
                "siteOfService", "dateOfService", "purpose", "levels[1]", "levels[2]", "levels", "laterality",
                "guidance", "locality");
    }

    @Test
    void missingProcedureIsNamed() {
        ProcedureRequest r = new ProcedureRequest(SiteOfService.ASC, LocalDate.of(2025, 1, 1), null, null,
                List.of("L4-L5"), Laterality.LEFT, Guidance.CT, null);
        assertThat(errors(r)).extracting(FieldError::field).containsExactly("procedure");
    }

    @Test
    void echoedValuesAreShortAndPrintable() {
        String hostile = "L4-L5\n<script>" + "x".repeat(200);
        assertThat(errors(levels(hostile))).singleElement().satisfies(e -> {
            assertThat(e.message()).doesNotContain("\n").hasSizeLessThan(200);
        });
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
