package com.facetestimator.domain.coding;

/** How a payer wants a bilateral procedure billed (FACET-RULES §3), set per payer and claim type. */
public enum BilateralStyle { MODIFIER_50_ONE_UNIT, MODIFIER_50_TWO_UNITS, RT_LT_LINES }
