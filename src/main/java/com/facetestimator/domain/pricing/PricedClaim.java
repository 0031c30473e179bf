package com.facetestimator.domain.pricing;

import com.facetestimator.domain.coding.ClaimType;
import java.math.BigDecimal;
import java.util.List;

/** One claim, priced: its lines in billing order and their total allowed amount. */
public record PricedClaim(ClaimType type, List<PricedLine> lines, BigDecimal allowed) {
    public PricedClaim {
        lines = List.copyOf(lines);
    }

    /** False when a line's fee is missing: its 0.00 is not what it pays. */
    public boolean complete() {
        return lines.stream().noneMatch(l -> l.fee().missing());
    }

    public List<PricedLine> missingLines() {
        return lines.stream().filter(l -> l.fee().missing()).toList();
    }

    /** The part of {@code allowed} on covered lines. */
    public BigDecimal coveredAllowed() {
        return lines.stream().filter(PricedLine::covered).map(PricedLine::allowed).reduce(Money.ZERO, BigDecimal::add);
    }
}
