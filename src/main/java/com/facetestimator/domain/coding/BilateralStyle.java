package com.facetestimator.domain.coding;

/** How a payer wants a bilateral procedure billed (Medicare: modifier 50 or RT/LT by claim type; commercial payers vary), set per payer and claim type. */
public enum BilateralStyle { MODIFIER_50_ONE_UNIT, MODIFIER_50_TWO_UNITS, RT_LT_LINES }
