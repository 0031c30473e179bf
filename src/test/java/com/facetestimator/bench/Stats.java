package com.facetestimator.bench;

import java.util.Arrays;

/** The little statistics the benchmark reports. Inputs are never modified. */
final class Stats {
    private Stats() {}

    /** The middle value; the mean of the two middle values for an even count. */
    static double median(double[] values) {
        requireSome(values);
        double[] s = sorted(values);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * Nearest-rank percentile: the smallest value with at least {@code p} percent of the values at
     * or below it ({@code p} in (0, 100]). Always one of the measured values, never interpolated.
     */
    static double percentile(double[] values, double p) {
        requireSome(values);
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        double[] s = sorted(values);
        int rank = (int) Math.ceil(p / 100 * s.length);
        return s[Math.max(rank, 1) - 1];
    }

    static double mean(double[] values) {
        requireSome(values);
        return Arrays.stream(values).sum() / values.length;
    }

    static double max(double[] values) {
        requireSome(values);
        return Arrays.stream(values).max().getAsDouble();
    }

    /** {@code measured / baseline}; infinite when the baseline is zero and the measure is not. */
    static double ratio(double measured, double baseline) {
        if (baseline == 0) {
            return measured == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return measured / baseline;
    }

    /** Rounded to {@code decimals} places, half up: what the reports show. */
    static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static double[] nanosToMillis(long[] nanos) {
        double[] ms = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            ms[i] = nanos[i] / 1_000_000.0;
        }
        return ms;
    }

    private static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    private static void requireSome(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
    }
}
