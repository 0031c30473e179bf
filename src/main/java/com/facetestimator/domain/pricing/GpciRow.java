package com.facetestimator.domain.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Geographic practice cost indices of one Medicare payment locality for a period (PFS Addendum E).
 * The locality key is {@code MAC-LOCALITY}, e.g. {@code 01182-18} (Los Angeles).
 */
public record GpciRow(
        String mac,
        String state,
        String localityNumber,
        String localityName,
        BigDecimal workGpci,
        BigDecimal peGpci,
        BigDecimal mpGpci,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source) implements EffectiveDated {

    public GpciRow {
        mac = Money.requireText(mac, "mac");
        state = state == null ? "" : state.trim();
        localityNumber = Money.requireText(localityNumber, "localityNumber");
        localityName = localityName == null ? "" : localityName.trim();
        Money.requireNonNegative(workGpci, "workGpci");
        Money.requireNonNegative(peGpci, "peGpci");
        Money.requireNonNegative(mpGpci, "mpGpci");
        EffectiveDated.requireValidPeriod(effectiveFrom, effectiveTo, source);
    }

    public String localityKey() {
        return localityKey(mac, localityNumber);
    }

    public static String localityKey(String mac, String localityNumber) {
        return mac + "-" + localityNumber;
    }
}
