package com.facetestimator.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The wage index that adjusts a facility's national payment rate for local labour costs.
 * The labour share is the payment system's: ASC 50% (rate x (0.5 x index + 0.5)), OPPS 60%
 * (rate x (0.6 x index + 0.4)).
 *
 * @param value          the index, e.g. {@code 0.9140}
 * @param basis          a CBSA's index from the CMS wage-index table, or the hospital's own
 * @param cbsa           the core-based statistical area (or rural state code) when {@code basis} is CBSA; else null
 * @param effectiveFrom  first day the index is in force (a CY table: January 1); null when not known,
 *                       e.g. a hospital's own index given with the request
 * @param source         where the value comes from, as a primary-source citation
 *                       (e.g. {@code CMS CY2026 ASC wage index by CBSA})
 * @param carriedForward the table in force on the date of service is a later date's fallback: no
 *                       table is loaded for the date, so the latest one before it is used
 */
public record WageIndex(
        BigDecimal value,
        Basis basis,
        String cbsa,
        LocalDate effectiveFrom,
        String source,
        boolean carriedForward) {

    /** Where the index comes from. */
    public enum Basis {
        /** The CMS table's index for the facility's CBSA; for a hospital an approximation of its own. */
        CBSA,
        /** The hospital's own wage index (its provider-specific file). */
        HOSPITAL
    }

    public WageIndex {
        Money.requireNonNegative(value, "value");
        if (value.signum() == 0) {
            throw new IllegalArgumentException("a wage index must be positive");
        }
        Objects.requireNonNull(basis, "basis");
        if (basis == Basis.CBSA) {
            cbsa = Money.requireText(cbsa, "cbsa");
        } else {
            cbsa = cbsa == null || cbsa.isBlank() ? null : cbsa.trim();
        }
        source = Money.requireText(source, "source");
    }

    public static WageIndex ofCbsa(String cbsa, BigDecimal value, LocalDate effectiveFrom, String source, boolean carriedForward) {
        return new WageIndex(value, Basis.CBSA, cbsa, effectiveFrom, source, carriedForward);
    }

    public static WageIndex ofHospital(BigDecimal value, String source) {
        return new WageIndex(value, Basis.HOSPITAL, null, null, source, false);
    }

    /**
     * {@code rate x (laborShare x index + (1 - laborShare))}, rounded half-up to cents.
     *
     * @param laborShare 0.5 for ASC, 0.6 for OPPS
     */
    public BigDecimal adjust(BigDecimal rate, BigDecimal laborShare) {
        BigDecimal factor = laborShare.multiply(value).add(BigDecimal.ONE.subtract(laborShare));
        return rate.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /** The same index marked as carried forward to a date after its table's year. */
    public WageIndex asCarriedForward() {
        return new WageIndex(value, basis, cbsa, effectiveFrom, source, true);
    }
}
