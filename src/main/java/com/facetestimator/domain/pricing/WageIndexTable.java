package com.facetestimator.domain.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The wage index by CBSA (and rural state code), one table per calendar year as CMS publishes
 * it for ASC payment. The table in force on the date of service applies; after the last loaded
 * year the latest table is carried forward (and the index says so); before the first there is
 * no index, and facility payments stay national.
 */
public final class WageIndexTable {
    public static final WageIndexTable EMPTY = new WageIndexTable(List.of());

    private final List<Year> years;

    /** One year's table. {@code indexes}: CBSA to its area's name and index. */
    public record Year(LocalDate effectiveFrom, LocalDate effectiveTo, String source, Map<String, Area> indexes) {
        public Year {
            EffectiveDated.requireValidPeriod(effectiveFrom, effectiveTo, source);
            source = Money.requireText(source, "source");
            indexes = Map.copyOf(indexes);
        }
    }

    public record Area(String cbsa, String name, BigDecimal wageIndex) {
        public Area {
            cbsa = Money.requireText(cbsa, "cbsa");
            name = name == null ? "" : name.trim();
            Money.requireNonNegative(wageIndex, "wageIndex");
            if (wageIndex.signum() == 0) {
                throw new IllegalArgumentException("the wage index of CBSA " + cbsa + " must be positive");
            }
        }
    }

    public WageIndexTable(List<Year> years) {
        List<Year> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparing(Year::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).effectiveFrom().isAfter(sorted.get(i - 1).effectiveTo())) {
                throw new IllegalArgumentException("wage-index tables overlap: " + sorted.get(i - 1).source()
                        + " and " + sorted.get(i).source());
            }
        }
        this.years = List.copyOf(sorted);
    }

    public List<Year> years() {
        return years;
    }

    /** Whether the latest table knows the CBSA (the one a request is checked against). */
    public boolean knows(String cbsa) {
        return !years.isEmpty() && years.get(years.size() - 1).indexes().containsKey(cbsa);
    }

    /** The latest table's area of a CBSA. */
    public Optional<Area> area(String cbsa) {
        return years.isEmpty() ? Optional.empty() : Optional.ofNullable(years.get(years.size() - 1).indexes().get(cbsa));
    }

    /**
     * The CBSA's index on {@code date}: from the table in force, else the latest earlier table
     * marked carried forward; empty before the first table or when the CBSA is not in it.
     */
    public Optional<WageIndex> find(String cbsa, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Year latestBefore = null;
        for (Year year : years) {
            if (!date.isBefore(year.effectiveFrom()) && !date.isAfter(year.effectiveTo())) {
                return index(year, cbsa, false);
            }
            if (year.effectiveTo().isBefore(date)) {
                latestBefore = year;
            }
        }
        // Carried forward only past the last table: a gap between two loaded years is not filled.
        if (latestBefore != null && latestBefore == years.get(years.size() - 1)) {
            return index(latestBefore, cbsa, true);
        }
        return Optional.empty();
    }

    private static Optional<WageIndex> index(Year year, String cbsa, boolean carriedForward) {
        Area area = year.indexes().get(cbsa);
        if (area == null) {
            return Optional.empty();
        }
        return Optional.of(WageIndex.ofCbsa(cbsa, area.wageIndex(), year.effectiveFrom(), year.source(), carriedForward));
    }
}
