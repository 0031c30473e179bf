package com.facetestimator.domain.coding;

import static com.facetestimator.domain.coding.ClaimText.injection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seed article's worked examples. */
class SeedExamplesTest {

    private final CodingEngine engine = com.facetestimator.rules.RuleFiles.bundled().coding();

    @Test
    void rightL4L5UnderFluoroscopyIs64493() {
        CodingResult result = engine.code(
                injection(Purpose.THERAPEUTIC, Laterality.RIGHT, "L4-L5"), ClaimText.MEDICARE);

        assertThat(result.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.type()).isEqualTo(ClaimType.PROFESSIONAL);
            assertThat(claim.lines()).singleElement().satisfies(line -> {
                assertThat(line.code()).isEqualTo("64493");
                assertThat(line.addOn()).isFalse();
                assertThat(line.modifiers()).containsExactly("RT");
                assertThat(line.units()).isEqualTo(1);
                assertThat(line.covered()).isTrue();
                assertThat(line.description()).isEqualTo("Facet joint injection, lumbar/sacral, first level");
            });
        });
        assertThat(result.region()).isEqualTo(SpinalRegion.LUMBAR_SACRAL);
    }

    @Test
    void addingL5S1AddsTheSecondLevelAddOnAfterThePrimary() {
        CodingResult result = engine.code(
                injection(Purpose.THERAPEUTIC, Laterality.RIGHT, "L5-S1", "L4-L5"), ClaimText.MEDICARE);

        assertThat(result.levels()).containsExactly(FacetLevel.L4_L5, FacetLevel.L5_S1);
        assertThat(result.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.lines()).extracting(ClaimLine::code).containsExactly("64493", "64494");
            assertThat(claim.lines()).extracting(ClaimLine::addOn).containsExactly(false, true);
            assertThat(claim.lines().get(1).description()).isEqualTo("Facet joint injection, lumbar/sacral, second level");
            assertThat(claim.lines()).allSatisfy(line -> assertThat(line.modifiers()).doesNotContain("51"));
        });
    }

    @Test
    void apiExampleBilateralTwoLevelsIsOneLineEachWithModifier50() {
        CodingResult result = engine.code(
                injection(Purpose.THERAPEUTIC, Laterality.BILATERAL, "L4-L5", "L5-S1"), ClaimText.MEDICARE);

        assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo("64493-50x1 +64494-50x1");
        assertThat(result.coverage()).isEqualTo(new CoverageDetermination(true, false, false));
    }
}
