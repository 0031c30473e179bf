package com.facetestimator.domain.coding;

/** The two regions CPT code families and Medicare frequency counters are keyed by. */
public enum SpinalRegion { CERVICAL_THORACIC, LUMBAR_SACRAL }
