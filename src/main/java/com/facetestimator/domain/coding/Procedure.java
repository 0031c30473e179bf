package com.facetestimator.domain.coding;

/** What was done: a facet joint injection or medial branch block, or radiofrequency ablation. */
public enum Procedure { INJECTION, RFA }
