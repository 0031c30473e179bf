package com.facetestimator.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Money on the wire, written one way for every response: numbers rounded half-up to cents, and
 * the allowed / payerPays / patientPays split under those three names, in that order.
 */
final class MoneyJson {
    private MoneyJson() {}

    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Adds the split to {@code json} (a LinkedHashMap, so the three keep their order). */
    static void putSplit(Map<String, Object> json, BigDecimal allowed, BigDecimal payerPays, BigDecimal patientPays) {
        json.put("allowed", money(allowed));
        json.put("payerPays", money(payerPays));
        json.put("patientPays", money(patientPays));
    }
}
