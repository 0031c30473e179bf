package com.facetestimator.domain.coding;

/** Which side(s) at each level. */
public enum Laterality { LEFT, RIGHT, BILATERAL }
