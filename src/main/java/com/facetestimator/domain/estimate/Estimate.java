package com.facetestimator.domain.estimate;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.CoverageDetermination;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.coding.SpinalRegion;
import com.facetestimator.domain.frequency.FrequencyVerdict;
import com.facetestimator.domain.locality.LocalityChoice;
import com.facetestimator.domain.pricing.PricingResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a front desk needs for one appointment: what to bill, what it pays, who pays it,
 * whether Medicare's frequency limit allows it, and every rule that fired.
 *
 * @param frequency    null when the payer has no frequency policy
 * @param alternatives the other sites of service, when a comparison was asked for
 * @param locality     the Medicare payment locality priced in, and where it came from
 */
public record Estimate(
        SpinalRegion region,
        PricingResult pricing,
        FrequencyVerdict frequency,
        CoverageDetermination coverage,
        List<Finding> findings,
        List<String> documentation,
        List<String> sources,
        List<SiteAlternative> alternatives,
        LocalityChoice locality) {

    public Estimate {
        findings = List.copyOf(findings);
        documentation = List.copyOf(documentation);
        sources = List.copyOf(sources);
        alternatives = List.copyOf(alternatives);
        locality = locality == null ? LocalityChoice.NATIONAL : locality;
    }

    /** An estimate priced at national amounts (no locality). */
    public Estimate(SpinalRegion region, PricingResult pricing, FrequencyVerdict frequency, CoverageDetermination coverage,
                    List<Finding> findings, List<String> documentation, List<String> sources, List<SiteAlternative> alternatives) {
        this(region, pricing, frequency, coverage, findings, documentation, sources, alternatives, LocalityChoice.NATIONAL);
    }

    /**
     * What the same service would cost at another site.
     *
     * @param complete    false when a line's fee is missing there: the figure leaves it out
     * @param provisional fee data or terms were carried forward past their period there
     */
    public record SiteAlternative(SiteOfService siteOfService, BigDecimal allowed, BigDecimal payerPays, BigDecimal patientPays,
                                  boolean complete, boolean provisional) {}
}
