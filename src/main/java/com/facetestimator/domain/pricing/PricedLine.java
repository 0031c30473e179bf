package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.ClaimLine;
import java.math.BigDecimal;

/**
 * A claim line with what the payer's fee schedule allows for it after bilateral,
 * multiple-procedure and contract-percentage adjustments.
 *
 * @param allowed the fee-schedule amount of the line; 0.00 when packaged or not loaded. A line
 *                that is not covered keeps its amount here (it is counted in
 *                {@link PricingResult#notCovered()}, never in what the payer pays)
 * @param covered false when the line is excluded by policy or the whole service exceeds the frequency limit
 * @param fee     the unadjusted fee the line started from, with its status and sources
 */
public record PricedLine(ClaimLine line, BigDecimal allowed, boolean covered, FeeQuote fee) {

    /** The line as billed, e.g. {@code 64493-50} or {@code 64493-LT-KX}: how steps and findings name it. */
    public String label() {
        return label(line);
    }

    static String label(ClaimLine line) {
        return line.modifiers().isEmpty() ? line.code() : line.code() + "-" + String.join("-", line.modifiers());
    }
}
