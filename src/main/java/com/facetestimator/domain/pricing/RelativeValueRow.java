package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the CMS National Physician Fee Schedule Relative Value File (PPRRVU): the RVUs and
 * payment indicators of a HCPCS code (and payment modifier, e.g. 26 or TC) for a period.
 *
 * @param modifier                   the payment modifier of the row, or empty for the global service
 * @param statusCode                 PFS status (A active, C carrier-priced, B bundled, ...)
 * @param multipleProcedureIndicator MULT PROC: 2 = standard reduction (100% highest, 50% others), 0 = exempt
 * @param bilateralIndicator         BILAT SURG: 1 = modifier 50 (or both sides) pays 150%, 3 = 200%, 0/2/9 = no uplift
 * @param conversionFactor           dollars per RVU for the period (CY2026 non-QPP: 33.4009)
 */
public record RelativeValueRow(
        String code,
        String modifier,
        String statusCode,
        BigDecimal workRvu,
        BigDecimal nonFacilityPeRvu,
        BigDecimal facilityPeRvu,
        BigDecimal mpRvu,
        int multipleProcedureIndicator,
        int bilateralIndicator,
        BigDecimal conversionFactor,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source) implements EffectiveDated {

    public RelativeValueRow {
        code = Money.requireText(code, "code");
        modifier = modifier == null ? "" : modifier.trim();
        statusCode = Money.requireText(statusCode, "statusCode");
        Money.requireNonNegative(workRvu, "workRvu");
        Money.requireNonNegative(nonFacilityPeRvu, "nonFacilityPeRvu");
        Money.requireNonNegative(facilityPeRvu, "facilityPeRvu");
        Money.requireNonNegative(mpRvu, "mpRvu");
        Money.requireNonNegative(conversionFactor, "conversionFactor");
        EffectiveDated.requireValidPeriod(effectiveFrom, effectiveTo, source);
    }

    /** Office is paid with the non-facility PE RVU; ASC and HOPD professional services with the facility PE RVU. */
    public BigDecimal peRvu(SiteOfService site) {
        return site == SiteOfService.OFFICE ? nonFacilityPeRvu : facilityPeRvu;
    }
}
