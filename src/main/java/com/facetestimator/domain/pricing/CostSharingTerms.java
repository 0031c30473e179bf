package com.facetestimator.domain.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payer's default patient cost sharing for services dated in [effectiveFrom, effectiveTo]:
 * used when the request does not state the patient's remaining benefits.
 *
 * @param perServiceCopayCap cap on the patient's share of one facility (OPPS) service, or null
 *                           (Medicare: the Part A inpatient deductible of the year)
 * @param citation           where the figures come from
 */
public record CostSharingTerms(
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        BigDecimal annualDeductible,
        BigDecimal coinsurancePercent,
        BigDecimal copay,
        BigDecimal perServiceCopayCap,
        String citation) {

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
    }
}
