package com.facetestimator.domain.coding;

/**
 * The coverage verdict of one session under the payer's coverage policy (or "covered" when the
 * payer applies none).
 *
 * @param covered                    false when the service as requested is not covered at all
 *                                   (e.g. ultrasound guidance under the Medicare LCD); single lines
 *                                   may still be non-covered while this stays true (see {@link ClaimLine#covered()})
 * @param priorAuthorizationRequired the payer requires prior authorization for this site and date
 * @param abnAdvised                 the service or a line is not covered under the policy, so a
 *                                   Medicare Advance Beneficiary Notice should be considered
 */
public record CoverageDetermination(boolean covered, boolean priorAuthorizationRequired, boolean abnAdvised) {

    /** No coverage policy applies: nothing is excluded by policy. */
    public static CoverageDetermination noPolicy() {
        return new CoverageDetermination(true, false, false);
    }

    /** The same verdict, with an ABN advised (e.g. when a frequency limit is exceeded). */
    public CoverageDetermination withAbnAdvised() {
        return new CoverageDetermination(covered, priorAuthorizationRequired, true);
    }
}
