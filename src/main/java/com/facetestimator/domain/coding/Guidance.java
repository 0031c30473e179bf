package com.facetestimator.domain.coding;

/** Imaging used to place the needle; decides the code family and Medicare coverage. */
public enum Guidance { FLUOROSCOPY, CT, ULTRASOUND, NONE }
