package com.facetestimator.domain.facility;

import com.facetestimator.domain.coding.SiteOfService;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A practice's facility, so a request can name it ({@code facilityId}) instead of repeating
 * where it is and which wage index adjusts its facility payments.
 *
 * @param siteOfService     {@code ASC} or {@code HOPD} (an office is not a facility)
 * @param cbsa              the core-based statistical area of the wage-index table (5 digits, or a
 *                          2-digit rural state code); required for an ASC
 * @param hospitalWageIndex a hospital's own OPPS wage index (its provider-specific file); HOPD only
 * @param npi               the facility's 10-digit National Provider Identifier
 * @param sample            an illustrative profile bundled with the product, not a real facility
 */
public record FacilityProfile(
        String facilityId,
        String name,
        SiteOfService siteOfService,
        String cbsa,
        BigDecimal hospitalWageIndex,
        String npi,
        Address address,
        boolean sample,
        String note) {
    public static final Pattern CBSA = Pattern.compile("\\d{5}|\\d{2}");
    public static final Pattern ZIP_CODE = Pattern.compile("\\d{5}");
    public static final BigDecimal MIN_HOSPITAL_WAGE_INDEX = new BigDecimal("0.2");
    public static final BigDecimal MAX_HOSPITAL_WAGE_INDEX = new BigDecimal("3.0");
    private static final Pattern NPI = Pattern.compile("\\d{10}");

    /** The facility's street address; {@code zipCode} gives its payment locality. */
    public record Address(String line1, String city, String state, String zipCode) {
        public Address {
            line1 = requireText(line1, "address.line1");
            city = requireText(city, "address.city");
            state = requireText(state, "address.state");
            zipCode = requireText(zipCode, "address.zipCode");
            if (!ZIP_CODE.matcher(zipCode).matches()) {
                throw new IllegalArgumentException("address.zipCode must be 5 digits");
            }
        }
    }

    public FacilityProfile {
        facilityId = requireText(facilityId, "facilityId");
        name = requireText(name, "name");
        Objects.requireNonNull(siteOfService, "siteOfService");
        if (siteOfService == SiteOfService.OFFICE) {
            throw new IllegalArgumentException("facility " + facilityId + ": siteOfService must be ASC or HOPD");
        }
        cbsa = cbsa == null || cbsa.isBlank() ? null : cbsa.trim();
        if (cbsa != null && !CBSA.matcher(cbsa).matches()) {
            throw new IllegalArgumentException("facility " + facilityId + ": cbsa must be 5 digits or a 2-digit rural code");
        }
        if (hospitalWageIndex != null) {
            if (siteOfService != SiteOfService.HOPD) {
                throw new IllegalArgumentException("facility " + facilityId + ": only a hospital department has its own wage index");
            }
            if (hospitalWageIndex.compareTo(MIN_HOSPITAL_WAGE_INDEX) < 0 || hospitalWageIndex.compareTo(MAX_HOSPITAL_WAGE_INDEX) > 0) {
                throw new IllegalArgumentException("facility " + facilityId + ": hospitalWageIndex must be between 0.2 and 3.0");
            }
        }
        if (cbsa == null && hospitalWageIndex == null) {
            throw new IllegalArgumentException("facility " + facilityId + ": needs a cbsa"
                    + (siteOfService == SiteOfService.HOPD ? " or a hospitalWageIndex" : ""));
        }
        npi = requireText(npi, "npi");
        if (!validNpi(npi)) {
            throw new IllegalArgumentException("facility " + facilityId + ": npi must be 10 digits with a valid check digit");
        }
        Objects.requireNonNull(address, "address");
        note = note == null || note.isBlank() ? null : note.trim();
    }

    /** The NPI check digit: Luhn over the 80840 prefix and the first nine digits (CMS NPI standard). */
    static boolean validNpi(String npi) {
        if (!NPI.matcher(npi).matches()) {
            return false;
        }
        String digits = "80840" + npi.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }
}
