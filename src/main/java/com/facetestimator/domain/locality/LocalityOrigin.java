package com.facetestimator.domain.locality;

/** Where the locality an estimate used came from. */
public enum LocalityOrigin {
    /** The appointment's {@code zipCode}, through the ZIP5 file. */
    ZIP_CODE,
    /** The appointment's {@code locality}. */
    LOCALITY,
    /** The ZIP code of the referenced facility's address. */
    FACILITY,
    /** None given: national amounts (every GPCI 1.0). */
    NATIONAL
}
