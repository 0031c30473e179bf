package com.facetestimator.domain.coding;

import java.util.List;

/** A professional or facility claim: its lines in billing order, primaries first. */
public record Claim(ClaimType type, List<ClaimLine> lines) {
    public Claim {
        lines = List.copyOf(lines);
    }
}
