package com.facetestimator.domain.pricing;

import java.time.LocalDate;

/**
 * A fee data row in force from {@code effectiveFrom} to {@code effectiveTo}, both inclusive,
 * with the published file it came from.
 */
public interface EffectiveDated {
    LocalDate effectiveFrom();

    LocalDate effectiveTo();

    /** Where the row comes from, e.g. {@code CMS PFS RVU26A (released 2025-12-29)}. */
    String source();

    default boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom()) && !date.isAfter(effectiveTo());
    }

    /** Checks shared by every row type's constructor. */
    static void requireValidPeriod(LocalDate from, LocalDate to, String source) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("effectiveFrom and effectiveTo are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("effectiveTo " + to + " is before effectiveFrom " + from);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
    }
}
