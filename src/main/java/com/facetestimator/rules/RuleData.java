package com.facetestimator.rules;

import com.facetestimator.domain.coding.CodeFamilyTable;
import com.facetestimator.domain.coding.CodingEngine;
import com.facetestimator.domain.coding.CoveragePolicyTable;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import java.util.Objects;

/**
 * The rule data of one load: the code-family table and the coverage and frequency policy
 * versions, with the coding engine built over them once.
 */
public record RuleData(CodeFamilyTable codeFamilies, CoveragePolicyTable coverage, FrequencyPolicies frequency,
                       CodingEngine coding) {

    public RuleData {
        Objects.requireNonNull(codeFamilies, "codeFamilies");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(coding, "coding");
    }

    RuleData(CodeFamilyTable codeFamilies, Policies policies) {
        this(codeFamilies, policies.coverage(), policies.frequency(), new CodingEngine(codeFamilies, policies.coverage()));
    }

    /** The two policy tables of one policy file. */
    record Policies(CoveragePolicyTable coverage, FrequencyPolicies frequency) {}
}
