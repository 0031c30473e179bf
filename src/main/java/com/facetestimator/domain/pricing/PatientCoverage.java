package com.facetestimator.domain.pricing;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The patient's remaining benefits as the request states them. Any field may be null: the
 * payer profile's cost-sharing terms for the date of service are used instead (the full annual
 * deductible, the plan's coinsurance and copay; no out-of-pocket limit).
 *
 * @param coinsurancePercent 20 means 20%
 * @throws InvalidInputException naming {@code coverage.<field>} for a negative amount or a
 *                               coinsurance above 100%
 */
public record PatientCoverage(
        BigDecimal deductibleRemaining,
        BigDecimal coinsurancePercent,
        BigDecimal copay,
        BigDecimal outOfPocketRemaining) {

    public static final PatientCoverage PAYER_DEFAULTS = new PatientCoverage(null, null, null, null);

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public PatientCoverage {
        List<FieldError> errors = new ArrayList<>();
        nonNegative(deductibleRemaining, "coverage.deductibleRemaining", errors);
        nonNegative(coinsurancePercent, "coverage.coinsurancePercent", errors);
        nonNegative(copay, "coverage.copay", errors);
        nonNegative(outOfPocketRemaining, "coverage.outOfPocketRemaining", errors);
        if (coinsurancePercent != null && coinsurancePercent.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("coverage.coinsurancePercent", "must be at most 100"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void nonNegative(BigDecimal value, String field, List<FieldError> errors) {
        if (value != null && value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        }
    }
}
