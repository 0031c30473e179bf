package com.facetestimator.domain.coding;

import java.util.EnumMap;
import java.util.Map;

/**
 * The parts of a payer profile that decide coding: the bilateral style of each claim type and
 * the coverage policy (e.g. the Medicare facet LCD) the payer applies, or null for none.
 *
 * <p>{@code facilityBilateralBySite} overrides {@code facilityBilateral} for one site of
 * service. Medicare needs it: an ASC facility claim bills bilateral as RT and LT lines, an OPPS
 * (HOPD) facility claim as one line with modifier 50 and 1 unit (the outpatient code editor returns more units). Empty when the
 * payer uses one facility style everywhere.
 */
public record BillingConventions(
        BilateralStyle professionalBilateral,
        BilateralStyle facilityBilateral,
        String coveragePolicyId,
        Map<SiteOfService, BilateralStyle> facilityBilateralBySite) {

    public BillingConventions {
        facilityBilateralBySite = facilityBilateralBySite == null || facilityBilateralBySite.isEmpty()
                ? Map.of()
                : Map.copyOf(new EnumMap<>(facilityBilateralBySite));
    }

    /** One facility style for every site. */
    public BillingConventions(BilateralStyle professionalBilateral, BilateralStyle facilityBilateral, String coveragePolicyId) {
        this(professionalBilateral, facilityBilateral, coveragePolicyId, Map.of());
    }

    /** The style of a claim type, ignoring site overrides (the payer's general facility style). */
    public BilateralStyle bilateralStyle(ClaimType type) {
        return type == ClaimType.PROFESSIONAL ? professionalBilateral : facilityBilateral;
    }

    /** The style of a claim type at a site: the site's facility override when there is one. */
    public BilateralStyle bilateralStyle(ClaimType type, SiteOfService site) {
        if (type == ClaimType.FACILITY && site != null) {
            return facilityBilateralBySite.getOrDefault(site, facilityBilateral);
        }
        return bilateralStyle(type);
    }
}
