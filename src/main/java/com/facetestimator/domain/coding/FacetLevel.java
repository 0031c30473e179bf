package com.facetestimator.domain.coding;

import java.util.Locale;
import java.util.Optional;

/**
 * One spinal motion segment's facet joint. {@code codingRegion} is the code family a level
 * takes on its own; T12-L1 is coded with the cervical/thoracic family (CGS A58364) but
 * joins a lumbar session when done with lumbar levels.
 */
public enum FacetLevel {
    C2_C3, C3_C4, C4_C5, C5_C6, C6_C7, C7_T1,
    T1_T2, T2_T3, T3_T4, T4_T5, T5_T6, T6_T7, T7_T8, T8_T9, T9_T10, T10_T11, T11_T12,
    T12_L1,
    L1_L2, L2_L3, L3_L4, L4_L5, L5_S1;

    /** The level as written on a claim or in a request, e.g. {@code L4-L5}. */
    public String label() {
        return name().replace('_', '-');
    }

    public SpinalRegion codingRegion() {
        return this.compareTo(L1_L2) >= 0 ? SpinalRegion.LUMBAR_SACRAL : SpinalRegion.CERVICAL_THORACIC;
    }

    /** Case-insensitive; accepts {@code l4-l5}, {@code L4-L5}. Empty when not a facet level. */
    public static Optional<FacetLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FacetLevel level : values()) {
            if (level.name().equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
