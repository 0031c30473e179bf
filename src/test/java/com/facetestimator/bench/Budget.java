package com.facetestimator.bench;

/**
 * One budget of the benchmark and how this run did against it. {@code measured} and {@code limit} are
 * in the same unit: a ratio where the budget is relative to a baseline measured in the same run.
 * A budget passes when {@code measured <= limit}; a measure that is not a number fails.
 */
record Budget(String name, String rule, double measured, double limit, String unit) {

    static Budget atMost(String name, String rule, double measured, double limit, String unit) {
        return new Budget(name, rule, measured, limit, unit);
    }

    boolean pass() {
        return !Double.isNaN(measured) && measured <= limit;
    }

    String verdict() {
        return pass() ? "PASS" : "FAIL";
    }
}
