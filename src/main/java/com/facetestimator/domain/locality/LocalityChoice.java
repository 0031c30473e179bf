package com.facetestimator.domain.locality;

import java.util.Objects;

/**
 * The locality an appointment is priced in and how it was found.
 *
 * @param locality          null for national
 * @param zipCode           the ZIP code it was found from (the request's or the facility's), else null
 * @param plusFourDependent that ZIP code's locality depends on its ZIP+4 (CMS PLUS 4 FLAG)
 */
public record LocalityChoice(PaymentLocality locality, LocalityOrigin from, String zipCode, boolean plusFourDependent) {
    public static final LocalityChoice NATIONAL = new LocalityChoice(null, LocalityOrigin.NATIONAL, null, false);

    public static LocalityChoice given(PaymentLocality locality) {
        return new LocalityChoice(locality, LocalityOrigin.LOCALITY, null, false);
    }

    public static LocalityChoice fromZipCode(ZipCodeLocality zip, LocalityOrigin from) {
        return new LocalityChoice(zip.locality(), from, zip.zipCode(), zip.plusFourDependent());
    }

    public LocalityChoice {
        Objects.requireNonNull(from, "from");
        if ((locality == null) != (from == LocalityOrigin.NATIONAL)) {
            throw new IllegalArgumentException("a national choice has no locality, any other has one");
        }
    }

    /** The {@code MAC-LOCALITY} id, or null for national. */
    public String localityId() {
        return locality == null ? null : locality.id();
    }
}
