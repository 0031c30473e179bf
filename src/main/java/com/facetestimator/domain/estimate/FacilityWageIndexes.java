package com.facetestimator.domain.estimate;

import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.WageIndex;
import java.util.Optional;

/**
 * Finds the wage index of the facility where an appointment would take place (from its CBSA,
 * the hospital's own index or a facility profile), for the date of service. Empty: no index is
 * known, and the facility claim is priced at national rates.
 */
@FunctionalInterface
public interface FacilityWageIndexes {
    /** No facility is ever known: national rates. */
    FacilityWageIndexes NONE = (appointment, site) -> Optional.empty();

    /** {@code site} may differ from the appointment's own when sites are compared. */
    Optional<WageIndex> find(Appointment appointment, SiteOfService site);
}
