package com.facetestimator.domain.coding;

/**
 * The parts of a payer profile that decide coding: the bilateral style of each claim type and
 * the coverage policy (e.g. the Medicare facet LCD) the payer applies, or null for none.
 */
public record BillingConventions(BilateralStyle professionalBilateral, BilateralStyle facilityBilateral, String coveragePolicyId) {
    public BilateralStyle bilateralStyle(ClaimType type) {
        return type == ClaimType.PROFESSIONAL ? professionalBilateral : facilityBilateral;
    }
}
