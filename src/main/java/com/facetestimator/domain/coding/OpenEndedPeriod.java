package com.facetestimator.domain.coding;

import java.time.LocalDate;

/**
 * Rule data in force from {@code effectiveFrom} to {@code effectiveTo}, both inclusive; a null
 * {@code effectiveTo} means still in force (a policy version until its next revision).
 */
public interface OpenEndedPeriod {
    LocalDate effectiveFrom();

    /** The last day in force, or null while in force. */
    LocalDate effectiveTo();

    default boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom()) && (effectiveTo() == null || !date.isAfter(effectiveTo()));
    }

    /** Whether some date is in both periods. */
    default boolean overlaps(OpenEndedPeriod other) {
        return (effectiveTo() == null || !other.effectiveFrom().isAfter(effectiveTo()))
                && (other.effectiveTo() == null || !effectiveFrom().isAfter(other.effectiveTo()));
    }

    /** The constructors' check: a period ends on or after it starts. */
    static void requireOrdered(LocalDate from, LocalDate to, String what) {
        if (from == null) {
            throw new IllegalArgumentException(what + ": effectiveFrom is required");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(what + ": effectiveTo " + to + " is before effectiveFrom " + from);
        }
    }
}
