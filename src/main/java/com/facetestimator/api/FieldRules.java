package com.facetestimator.api;

import com.facetestimator.domain.locality.PaymentLocality;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules request fields are held to, each written once, with the message that states it:
 * every reader (JSON bodies, query strings, path parameters) takes them from here, so a limit
 * and its message cannot drift apart between routes.
 */
final class FieldRules {
    private FieldRules() {}

    /** Identifiers (payer, patient, session, appointment ids). Never echoed back: they may be PHI. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final String ID_RULE = "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'";

    /** A Medicare payment locality: the MAC's 5-digit number and the 2-digit locality. */
    static final Pattern LOCALITY = PaymentLocality.ID;
    static final String LOCALITY_RULE = "must be a Medicare locality as MAC-LOCALITY, e.g. 01182-18";

    /** A 5-digit ZIP code (the ZIP5 file's key). */
    static final Pattern ZIP_CODE = Pattern.compile("\\d{5}");
    static final String ZIP_CODE_RULE = "must be a 5-digit ZIP code, e.g. 10016";

    /** A CBSA of the wage-index table: 5 digits, or a state's 2-digit rural code. */
    static final Pattern CBSA = Pattern.compile("\\d{5}|\\d{2}");
    static final String CBSA_RULE = "must be a 5-digit CBSA, or the 2-digit rural code of the wage-index table";

    /** A hospital's own OPPS wage index. */
    static final BigDecimal MIN_HOSPITAL_WAGE_INDEX = new BigDecimal("0.2");
    static final BigDecimal MAX_HOSPITAL_WAGE_INDEX = new BigDecimal("3.0");
    static final String HOSPITAL_WAGE_INDEX_RULE = "must be a number between 0.2 and 3.0";

    static final String DATE_RULE = "must be a date as YYYY-MM-DD";

    /** Problems listed in one 400 at most; a batch stops being read once it has this many. */
    static final int MAX_REPORTED_ERRORS = 50;

    /** C0 controls and DEL: never meaningful in a field, and a way to smuggle text past a check. */
    static final String CONTROL_CHARACTER_RULE = "must not contain control characters (U+0000 to U+001F, U+007F)";

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** {@code "must be one of A, B, C"}, from the enum itself so the list is never out of date. */
    static String oneOf(Class<? extends Enum<?>> type) {
        return "must be one of " + names(type);
    }

    /** {@code "A, B, C"}. */
    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
