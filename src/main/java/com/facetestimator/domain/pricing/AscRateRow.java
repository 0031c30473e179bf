package com.facetestimator.domain.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of ASC Addendum AA (covered surgical procedures): how Medicare pays an ambulatory
 * surgical center for a HCPCS code in a quarter (national, unadjusted for the ASC's wage index).
 *
 * @param paymentIndicator       G2/R2 paid at the rate, N1 packaged (no separate payment), ...
 * @param multipleProcedureDiscount "Subject to Multiple Procedure Discounting" = Y: the highest-paid
 *                               procedure pays 100%, every other one 50%
 * @param paymentWeight          the ASC relative weight, or null (packaged codes have none)
 * @param paymentRate            the national unadjusted rate, or null (packaged codes have none)
 */
public record AscRateRow(
        String code,
        String paymentIndicator,
        boolean multipleProcedureDiscount,
        BigDecimal paymentWeight,
        BigDecimal paymentRate,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source) implements EffectiveDated {

    public AscRateRow {
        code = Money.requireText(code, "code");
        paymentIndicator = Money.requireText(paymentIndicator, "paymentIndicator");
        if (paymentWeight != null) {
            Money.requireNonNegative(paymentWeight, "paymentWeight");
        }
        if (paymentRate != null) {
            Money.requireNonNegative(paymentRate, "paymentRate");
        }
        EffectiveDated.requireValidPeriod(effectiveFrom, effectiveTo, source);
    }
}
