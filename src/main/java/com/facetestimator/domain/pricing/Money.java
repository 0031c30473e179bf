package com.facetestimator.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic as the estimator does it: USD, rounded half-up to cents at each published step. */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {}

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent} of {@code amount}, where percent is written as on a contract (150 = 150%). */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return cents(amount.multiply(percent).divide(HUNDRED));
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** {@code 285.59} */
    public static String format(BigDecimal amount) {
        return cents(amount).toPlainString();
    }

    /** {@code 150%}, {@code 12.5%} */
    public static String formatPercent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    static BigDecimal requireNonNegative(BigDecimal value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
        }
        return value;
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.trim();
    }
}
