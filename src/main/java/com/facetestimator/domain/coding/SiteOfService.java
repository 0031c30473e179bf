package com.facetestimator.domain.coding;

/** Where the procedure is done: office (non-facility), ambulatory surgical centre, hospital outpatient department. */
public enum SiteOfService { OFFICE, ASC, HOPD }
