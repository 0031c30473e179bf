package com.facetestimator.store;

/** The two tables of the design, named by the environment the template sets. */
public record TableNames(String fees, String sessions) {
    public static TableNames fromEnvironment() {
        return new TableNames(env("FEES_TABLE", "facet-fees"), env("SESSIONS_TABLE", "facet-sessions"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
