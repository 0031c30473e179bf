package com.facetestimator.domain.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of OPPS Addendum B: how the hospital outpatient prospective payment system pays a HCPCS
 * code for a period (national, unadjusted for the hospital's wage index).
 *
 * @param statusIndicator            T (paid, multiple-procedure discount), J1 (comprehensive APC), N (packaged), ...
 * @param apc                        the ambulatory payment classification, or empty
 * @param paymentRate                the national unadjusted rate, or null (packaged codes have none)
 * @param minimumUnadjustedCopayment the minimum beneficiary copayment, or null
 */
public record OppsRateRow(
        String code,
        String statusIndicator,
        String apc,
        BigDecimal paymentRate,
        BigDecimal minimumUnadjustedCopayment,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source) implements EffectiveDated {

    public OppsRateRow {
        code = Money.requireText(code, "code");
        statusIndicator = Money.requireText(statusIndicator, "statusIndicator");
        apc = apc == null ? "" : apc.trim();
        if (paymentRate != null) {
            Money.requireNonNegative(paymentRate, "paymentRate");
        }
        if (minimumUnadjustedCopayment != null) {
            Money.requireNonNegative(minimumUnadjustedCopayment, "minimumUnadjustedCopayment");
        }
        EffectiveDated.requireValidPeriod(effectiveFrom, effectiveTo, source);
    }
}
