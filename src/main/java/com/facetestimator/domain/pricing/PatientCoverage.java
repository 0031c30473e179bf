package com.facetestimator.domain.pricing;

import java.math.BigDecimal;

/**
 * The patient's remaining benefits as the request states them. Any field may be null: the
 * payer profile's cost-sharing terms for the date of service are used instead (the full annual
 * deductible, the plan's coinsurance and copay; no out-of-pocket limit).
 *
 * @param coinsurancePercent 20 means 20%
 * @throws IllegalArgumentException for a negative amount or a coinsurance above 100% (the edge
 *                                  refuses both, naming the field)
 */
public record PatientCoverage(
        BigDecimal deductibleRemaining,
        BigDecimal coinsurancePercent,
        BigDecimal copay,
        BigDecimal outOfPocketRemaining) {

    public static final PatientCoverage PAYER_DEFAULTS = new PatientCoverage(null, null, null, null);

    /** The largest coinsurance, in percent. */
    public static final BigDecimal MAX_COINSURANCE_PERCENT = new BigDecimal("100");

    public PatientCoverage {
        for (BigDecimal amount : new BigDecimal[] {deductibleRemaining, coinsurancePercent, copay, outOfPocketRemaining}) {
            if (amount != null && amount.signum() < 0) {
                throw new IllegalArgumentException("a coverage amount is negative");
            }
        }
        if (coinsurancePercent != null && coinsurancePercent.compareTo(MAX_COINSURANCE_PERCENT) > 0) {
            throw new IllegalArgumentException("coinsurance above 100%");
        }
    }
}
