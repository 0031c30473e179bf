package com.facetestimator.domain.pricing;

import com.facetestimator.domain.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * The reimbursement estimate of one appointment. Every amount is USD rounded half-up to cents,
 * and {@code allowed = payerPays + patientPays + providerLiability}.
 *
 * @param allowed           the fee-schedule amount of every line, covered or not
 * @param notCovered        the part of {@code allowed} that is not covered (lines excluded by policy,
 *                          or everything when the frequency limit is exceeded): the payer pays none of it
 * @param payerPays         covered allowed minus the patient's cost sharing on it
 * @param patientPays       deductible + coinsurance + copay on covered amounts (capped), plus the
 *                          not-covered amount when an ABN is on file
 * @param providerLiability not-covered amount without an ABN (GZ): neither the payer nor the patient pays it
 * @param deductibleApplied the part of {@code patientPays} that goes to the deductible
 * @param coinsurance       the part of {@code patientPays} that is coinsurance (after caps)
 * @param copay             the part of {@code patientPays} that is a copay
 * @param steps             the calculation, one checkable line each
 * @param sources           the distinct data sources the amounts come from
 * @param provisional       fee data or cost-sharing terms were carried forward past their last loaded period
 *                          (a finding {@code PAY-FEES-CARRIED-FORWARD} names them)
 */
public record PricingResult(
        List<PricedClaim> claims,
        BigDecimal allowed,
        BigDecimal notCovered,
        BigDecimal payerPays,
        BigDecimal patientPays,
        BigDecimal providerLiability,
        BigDecimal deductibleApplied,
        BigDecimal coinsurance,
        BigDecimal copay,
        List<String> steps,
        List<String> sources,
        List<Finding> findings,
        boolean provisional) {

    public PricingResult {
        claims = List.copyOf(claims);
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
    }

    /** False when a line's fee is missing (not loaded or carrier-priced; packaged is not missing). */
    public boolean complete() {
        return claims.stream().allMatch(PricedClaim::complete);
    }

    /** The lines whose fee is missing, in claim order. */
    public List<PricedLine> missingLines() {
        return claims.stream().flatMap(c -> c.missingLines().stream()).toList();
    }
}
