package com.facetestimator.domain.coding;

/** The physician's claim, or the ASC/hospital's claim for the same service. */
public enum ClaimType { PROFESSIONAL, FACILITY }
