package com.facetestimator.domain.frequency;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether one more session of {@code counter} in {@code region} on a date stays within the
 * frequency limit (the {@code frequency} object of docs/API.md).
 *
 * @param window            e.g. {@code ROLLING_12_MONTHS}
 * @param usedInWindow      recorded, non-cancelled sessions of that region and counter dated in (D − 12 months, D]
 * @param nextEligibleDate  null unless exceeded: the earliest date ≥ D on which the session would not exceed
 * @param liabilityModifier null unless exceeded: GA with an ABN on file, GZ without
 * @param findings          the ERROR and ABN guidance when exceeded; the confirmatory-interval WARNING
 */
public record FrequencyVerdict(
        SpinalRegion region,
        FrequencyCounter counter,
        int limit,
        String window,
        int usedInWindow,
        boolean exceeded,
        LocalDate nextEligibleDate,
        String liabilityModifier,
        List<Finding> findings) {

    public FrequencyVerdict {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(window, "window");
        findings = findings == null ? List.of() : List.copyOf(findings);
        if (exceeded != (nextEligibleDate != null)) {
            throw new IllegalArgumentException("nextEligibleDate is set exactly when exceeded");
        }
    }
}
