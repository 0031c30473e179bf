package com.facetestimator.testing;

/** Payer ids of the bundled reference data (src/main/resources/reference/payers.json) the API tests use. */
public final class Payers {
    /** Original Medicare, with the facet frequency policy. */
    public static final String MEDICARE = "medicare";
    /** Sample plan paying 125% of Medicare, no frequency policy. */
    public static final String COMMERCIAL = "sample-commercial-a";
    /** Sample plan paying 140% of Medicare, bilateral as RT/LT lines. */
    public static final String COMMERCIAL_RT_LT = "sample-commercial-b";
    /** Sample cash prices from a contract file: professional rows only. */
    public static final String SELF_PAY = "sample-self-pay";

    private Payers() {}
}
