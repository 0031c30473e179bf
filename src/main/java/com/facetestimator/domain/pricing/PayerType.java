package com.facetestimator.domain.pricing;

public enum PayerType { MEDICARE, MEDICARE_ADVANTAGE, COMMERCIAL, MEDICAID, SELF_PAY }
