package com.facetestimator.tools.cms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a CMS file's rows are in force, from the caller: CMS files do not state them in their
 * rows (e.g. a CY2026 file applies 2026-01-01..2026-12-31). Both ends inclusive.
 */
public record ImportPeriod(LocalDate from, LocalDate to) {
    public ImportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    public static ImportPeriod ofYear(int year) {
        return new ImportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
