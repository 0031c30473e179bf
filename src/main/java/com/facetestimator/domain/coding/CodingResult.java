package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding;
import java.util.List;
import java.util.Objects;

/**
 * How one session is coded for one payer.
 *
 * @param region        the Medicare frequency region of the session (T12-L1 with lumbar levels is
 *                      {@link SpinalRegion#LUMBAR_SACRAL})
 * @param levels        the levels, distinct and in spinal order (head to sacrum)
 * @param claims        the professional claim, then the facility claim for ASC and HOPD; empty
 *                      when no facet code can be reported (a finding says why)
 * @param coverage      the verdict under the payer's coverage policy
 * @param findings      every rule that fired and matters to the user, each with id and citation
 * @param documentation what the chart should show, as plain sentences
 * @param sources       the coverage policy version applied (the contractor's LCD and revision, its
 *                      billing article, the diagnosis list checked); empty without a policy
 */
public record CodingResult(
        SpinalRegion region,
        List<FacetLevel> levels,
        List<Claim> claims,
        CoverageDetermination coverage,
        List<Finding> findings,
        List<String> documentation,
        List<String> sources) {

    public CodingResult {
        Objects.requireNonNull(region, "region");
        levels = List.copyOf(levels);
        claims = List.copyOf(claims);
        Objects.requireNonNull(coverage, "coverage");
        findings = List.copyOf(findings);
        documentation = List.copyOf(documentation);
        sources = List.copyOf(sources);
    }
}
