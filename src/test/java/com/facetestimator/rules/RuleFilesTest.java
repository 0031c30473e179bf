package com.facetestimator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rule files load through the domain's validating constructors, and bad data never loads. */
class RuleFilesTest {
    @Test
    void theBundledFilesLoadOnceAndHoldTheMedicareFacetLcd() {
        RuleData data = RuleFiles.bundled();

        assertThat(RuleFiles.bundled()).isSameAs(data);
        assertThat(data.coverage().find("MEDICARE-FACET-LCD", LocalDate.of(2026, 3, 2))).isPresent();
        assertThat(data.coverage().find("MEDICARE-FACET-LCD", LocalDate.of(2021, 4, 24))).isEmpty();
        assertThat(data.frequency().countersPolicyId()).isEqualTo("MEDICARE-FACET-LCD");
        assertThat(data.codeFamilies().families()).hasSize(6);
    }

    @Test
    void twoVersionsInForceOnOneDateAreRefusedNamingTheFile() {
        assertThatThrownBy(() -> RuleFiles.load(RuleFiles.CODE_FAMILIES_RESOURCE, "fixtures/rules/policies-overlapping.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fixtures/rules/policies-overlapping.json")
                .hasMessageContaining("both in force");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsJsonPath() {
        assertThatThrownBy(() -> RuleFiles.load(RuleFiles.CODE_FAMILIES_RESOURCE, "fixtures/rules/policies-bad-counter.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("policies[0].frequency.limits.RFAA is not a known field");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> RuleFiles.load("reference/rules/none.json", RuleFiles.POLICIES_RESOURCE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("none.json");
    }
}
