package com.facetestimator.domain.estimate;

import com.facetestimator.domain.locality.LocalityChoice;
import java.math.BigDecimal;

/**
 * Where an appointment's service is performed, as the request gave it, and once located the
 * payment locality found from it. Every field is optional.
 *
 * @param zipCode           5 digits: the locality comes from CMS's ZIP5 file
 * @param facilityId        a loaded facility profile: its wage index, and its address's locality
 * @param cbsa              the facility's core-based statistical area (wage index by CBSA)
 * @param hospitalWageIndex a hospital's own OPPS wage index; wins over the CBSA's for HOPD
 * @param locality          null until {@link ServicePlaces#locate} has resolved it
 */
public record ServicePlace(String zipCode, String facilityId, String cbsa, BigDecimal hospitalWageIndex,
                           LocalityChoice locality) {
    /** Nothing said about the place. */
    public static final ServicePlace UNSPECIFIED = new ServicePlace(null, null, null, null, null);

    public ServicePlace withLocality(LocalityChoice choice) {
        return new ServicePlace(zipCode, facilityId, cbsa, hospitalWageIndex, choice);
    }

    public boolean located() {
        return locality != null;
    }
}
