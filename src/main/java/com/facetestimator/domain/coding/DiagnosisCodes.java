package com.facetestimator.domain.coding;

import java.util.regex.Pattern;

/**
 * The form of an ICD-10-CM code as the estimator accepts it: a letter, a digit, a letter or digit,
 * then optionally a dot and one to four more letters or digits (e.g. {@code M47.816}). Whether a
 * code exists is the coverage policy's list's business, not the form's.
 */
public final class DiagnosisCodes {
    /** ICD-10-CM codes on one claim at most (the 837P claim's diagnosis pointers allow 12). */
    public static final int MAX_PER_CLAIM = 12;

    public static final Pattern PATTERN = Pattern.compile("[A-Z][0-9][A-Z0-9](\\.[A-Z0-9]{1,4})?");

    public static final String RULE = "must be an ICD-10-CM code: a letter, a digit, a letter or digit,"
            + " then optionally a dot and up to four more letters or digits, e.g. M47.816";

    private DiagnosisCodes() {}

    public static boolean isWellFormed(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }
}
