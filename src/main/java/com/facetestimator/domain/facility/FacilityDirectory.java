package com.facetestimator.domain.facility;

import java.util.List;
import java.util.Optional;

/** Port: the loaded facility profiles. */
public interface FacilityDirectory {
    /** No facilities loaded. */
    FacilityDirectory NONE = new FacilityDirectory() {
        @Override
        public List<FacilityProfile> all() {
            return List.of();
        }

        @Override
        public Optional<FacilityProfile> find(String facilityId) {
            return Optional.empty();
        }
    };

    /** Every profile, ordered by id. */
    List<FacilityProfile> all();

    Optional<FacilityProfile> find(String facilityId);
}
