package com.facetestimator.domain.locality;

import java.util.Objects;

/**
 * The payment locality of a 5-digit ZIP code in CMS's ZIP5 file.
 *
 * @param plusFourDependent the file's PLUS 4 FLAG: the ZIP spans localities and CMS assigns
 *                          some of its ZIP+4 codes to another one; the ZIP5 locality is then
 *                          only the usual answer (the ZIP+4 file is not bundled)
 */
public record ZipCodeLocality(String zipCode, PaymentLocality locality, boolean plusFourDependent) {
    public ZipCodeLocality {
        Objects.requireNonNull(zipCode, "zipCode");
        Objects.requireNonNull(locality, "locality");
    }
}
