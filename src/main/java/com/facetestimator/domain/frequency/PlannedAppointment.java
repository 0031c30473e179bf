package com.facetestimator.domain.frequency;

import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An appointment in a forecast, as far as frequency limits are concerned.
 *
 * @param key an opaque identifier of the caller's (e.g. the forecast's appointmentId)
 */
public record PlannedAppointment(String key, LocalDate dateOfService, SpinalRegion region, FrequencyCounter counter,
                                 boolean abnOnFile) {
    public PlannedAppointment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(counter, "counter");
    }
}
