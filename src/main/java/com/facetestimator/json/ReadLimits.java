package com.facetestimator.json;

/**
 * What one document may make the reader do: how deeply arrays and objects nest, and how many
 * characters one number or one string (a member name or a value) may have. Exceeding one is a
 * {@link JsonSyntaxException} whose {@link JsonSyntaxException#limitExceeded()} is true.
 */
public record ReadLimits(int maxNestingDepth, int maxNumberLength, int maxStringLength) {
    /** For files the product bundles, which no client writes: jackson-core's default limits. */
    public static final ReadLimits BUNDLED_FILES = new ReadLimits(1000, 1000, 20_000_000);

    public ReadLimits {
        if (maxNestingDepth < 1 || maxNumberLength < 1 || maxStringLength < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
