package com.facetestimator.domain.coding;

/** Why an injection was done; RFA is always therapeutic. */
public enum Purpose { DIAGNOSTIC, THERAPEUTIC }
