package com.facetestimator.store;

/**
 * The two tables of the design, named by the environment the template sets ({@code FEES_TABLE},
 * {@code SESSIONS_TABLE}); system properties {@code facet.fees.table} and
 * {@code facet.sessions.table} take precedence, for in-process local runs.
 */
public record TableNames(String fees, String sessions) {
    public static TableNames fromEnvironment() {
        return new TableNames(setting("facet.fees.table", "FEES_TABLE", "facet-fees"),
                setting("facet.sessions.table", "SESSIONS_TABLE", "facet-sessions"));
    }

    private static String setting(String property, String name, String fallback) {
        String value = System.getProperty(property, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
