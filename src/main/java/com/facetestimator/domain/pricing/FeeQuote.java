package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.ClaimType;
import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a fee schedule allows for one unit of a code on one side, before bilateral,
 * multiple-procedure and contract-percentage adjustments, with how that was worked out.
 *
 * @param modifier          the modifier of the row that priced it (e.g. 26, or 50 for a
 *                          modifier-specific contract row), empty for the code's general row
 * @param amount            the fee, rounded to cents as CMS publishes it; 0.00 unless {@code PRICED}
 * @param calculation       one line a biller can check by hand, e.g.
 *                          {@code 64493 non-facility PFS 5.70 RVU x 33.4009 = 190.39}
 * @param locality          the payment locality whose GPCIs were applied, or null for national
 * @param note              why the fee is not priced, or null
 * @param sources           the data the quote used, e.g. {@code CMS PFS RVU26A (released 2025-12-29), national}
 * @param carriedForward    empty when the data is in force on the date of service; else what was carried
 *                          forward to it, e.g. {@code CY2026 PFS relative values (CMS PFS RVU26A ...) used
 *                          for 2027-01-15: no CY2027 PFS relative values loaded}
 */
public record FeeQuote(
        String code,
        String modifier,
        SiteOfService site,
        ClaimType component,
        Status status,
        Basis basis,
        BigDecimal amount,
        String calculation,
        BilateralAdjustment bilateral,
        MultipleProcedureRule multipleProcedure,
        String locality,
        String note,
        List<String> sources,
        List<String> carriedForward) {

    public FeeQuote(String code, String modifier, SiteOfService site, ClaimType component, Status status, Basis basis,
                    BigDecimal amount, String calculation, BilateralAdjustment bilateral,
                    MultipleProcedureRule multipleProcedure, String locality, String note, List<String> sources) {
        this(code, modifier, site, component, status, basis, amount, calculation, bilateral, multipleProcedure,
                locality, note, sources, List.of());
    }

    public FeeQuote {
        Objects.requireNonNull(code, "code");
        modifier = modifier == null ? "" : modifier;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(basis, "basis");
        amount = amount == null ? Money.ZERO : Money.cents(amount);
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(bilateral, "bilateral");
        Objects.requireNonNull(multipleProcedure, "multipleProcedure");
        sources = sources == null ? List.of() : List.copyOf(sources);
        carriedForward = carriedForward == null ? List.of() : List.copyOf(carriedForward);
    }

    public boolean priced() {
        return status == Status.PRICED;
    }

    /** No fee is known (not loaded, or carrier-priced): the line's 0.00 is not what it pays. Packaged is not missing. */
    public boolean missing() {
        return status == Status.NOT_LOADED || status == Status.CARRIER_PRICED;
    }

    /** The same quote with another amount and how it was worked out (e.g. after the wage adjustment). */
    public FeeQuote withAmount(BigDecimal newAmount, String newCalculation, List<String> newSources) {
        return new FeeQuote(code, modifier, site, component, status, basis, newAmount, newCalculation, bilateral,
                multipleProcedure, locality, note, newSources, carriedForward);
    }

    /** The same quote, marked as data carried forward past its period. */
    FeeQuote carried(String what) {
        if (what == null) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(carriedForward);
        all.add(what);
        return new FeeQuote(code, modifier, site, component, status, basis, amount, calculation,
                bilateral, multipleProcedure, locality, note, sources, all);
    }

    /** A code and a row's modifier as a biller writes them, e.g. {@code 77003-26}. */
    static String label(String code, String modifier) {
        return modifier.isEmpty() ? code : code + "-" + modifier;
    }

    public enum Status {
        /** {@code amount} is the fee. */
        PRICED,
        /** Paid as part of another service: 0 by rule (OPPS status N, PFS status B). */
        PACKAGED,
        /** PFS status C: no national RVUs, the Medicare contractor sets the price. */
        CARRIER_PRICED,
        /** A row exists but says the code is not separately payable here, or uses a status this estimator does not model. */
        NOT_PAYABLE,
        /** No row in force on the date of service: the fee is not loaded (never invented). */
        NOT_LOADED
    }

    /** Which data priced it. */
    public enum Basis { PFS, OPPS, ASC, CONTRACT, NONE }

    /** What modifier 50 (or an RT/LT pair of lines) does to the fee. */
    public enum BilateralAdjustment {
        /** Bilateral indicator 1 (and OPPS status T): both sides together pay 150% of one side. */
        PERCENT_150,
        /** Bilateral indicator 3: each side pays 100%. */
        PERCENT_200,
        /** Bilateral indicator 0, 2 or 9, comprehensive APCs, modifier-specific contract rows: no uplift. */
        NONE
    }

    /** How the line takes part in the multiple-procedure reduction. */
    public enum MultipleProcedureRule {
        /** Multiple-procedure indicator 2 / OPPS status T / ASC discounting Y: 100% for the highest procedure, 50% for the others. */
        REDUCED_WHEN_NOT_HIGHEST,
        /** Indicator 0 (add-ons) or 9: always 100%. */
        EXEMPT,
        /** OPPS J1: one comprehensive payment for the claim; every other line is packaged into it. */
        COMPREHENSIVE,
        /** Contract rows carry no indicators: primaries are reduced, add-on lines are exempt. */
        BY_ADD_ON_FLAG
    }
}
