package com.facetestimator.domain.pricing;

import java.time.LocalDate;

/**
 * One row of an NCCI medically unlikely edit (MUE) table: the most units of a HCPCS code one
 * provider reports for one patient on one date of service, and how the edit is adjudicated.
 *
 * @param maximumUnits the MUE value
 * @param adjudication the MUE adjudication indicator (MAI): 1 per claim line, 2 per day (absolute,
 *                     policy), 3 per day (clinical: may be appealed with documentation)
 */
public record MueRow(
        String code,
        int maximumUnits,
        int adjudication,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source) implements EffectiveDated {

    public MueRow {
        code = Money.requireText(code, "code");
        if (maximumUnits < 0) {
            throw new IllegalArgumentException("maximumUnits must not be negative: " + maximumUnits);
        }
        if (adjudication < 1 || adjudication > 3) {
            throw new IllegalArgumentException("adjudication indicator must be 1, 2 or 3: " + adjudication);
        }
        EffectiveDated.requireValidPeriod(effectiveFrom, effectiveTo, source);
    }

    /** MAI 1 counts units per claim line; MAI 2 and 3 per date of service. */
    public boolean perLine() {
        return adjudication == 1;
    }

    public String adjudicationText() {
        return switch (adjudication) {
            case 1 -> "MAI 1: per claim line";
            case 2 -> "MAI 2: per date of service, absolute (policy)";
            default -> "MAI 3: per date of service, clinical (may be appealed with documentation)";
        };
    }
}
