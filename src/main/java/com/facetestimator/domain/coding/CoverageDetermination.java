package com.facetestimator.domain.coding;

/**
 * The coverage verdict of one session under the payer's coverage policy (or "covered" when the
 * payer applies none).
 *
 * @param covered                    false when the service as requested is not covered at all
 *                                   (e.g. ultrasound guidance under the Medicare LCD, or no diagnosis
 *                                   that supports it); single lines may still be non-covered while this
 *                                   stays true (see {@link ClaimLine#covered()})
 * @param priorAuthorizationRequired the payer requires prior authorization for this site and date
 * @param abnAdvised                 the service or a line is not covered under the policy, so an
 *                                   Original Medicare Advance Beneficiary Notice should be considered
 * @param organizationDeterminationAdvised the same for a Medicare Advantage plan, which has no ABN:
 *                                   ask the plan for a pre-service organization determination
 */
public record CoverageDetermination(boolean covered, boolean priorAuthorizationRequired, boolean abnAdvised,
                                    boolean organizationDeterminationAdvised) {

    /** A verdict with no organization determination advised. */
    public CoverageDetermination(boolean covered, boolean priorAuthorizationRequired, boolean abnAdvised) {
        this(covered, priorAuthorizationRequired, abnAdvised, false);
    }

    /** No coverage policy applies: nothing is excluded by policy. */
    public static CoverageDetermination noPolicy() {
        return new CoverageDetermination(true, false, false, false);
    }

    /**
     * The verdict for a payer with this liability: "a notice is advised" (set by the coding
     * engine, or by an exceeded limit) becomes the ABN for Original Medicare, the organization
     * determination for Medicare Advantage, and nothing for a payer the policy names no notice for.
     */
    public CoverageDetermination forLiability(NoncoveredLiability liability) {
        boolean advised = abnAdvised || organizationDeterminationAdvised;
        boolean abn = advised && liability != null && liability.notice() == NoncoveredLiability.Notice.ABN;
        boolean od = advised && liability != null && liability.notice() == NoncoveredLiability.Notice.ORGANIZATION_DETERMINATION;
        return new CoverageDetermination(covered, priorAuthorizationRequired, abn, od);
    }
}
