package com.facetestimator.domain.frequency;

import com.facetestimator.domain.coding.SpinalRegion;
import java.time.LocalDate;

/**
 * One counter of a patient's frequency limits as of a date (GET /patients/{id}/sessions).
 *
 * @param usedInWindow     non-cancelled sessions dated in (asOf − 12 months, asOf]
 * @param nextEligibleDate the earliest date a new session of this counter would be allowed; null if allowed on asOf
 */
public record CounterStatus(SpinalRegion region, FrequencyCounter counter, int limit, int usedInWindow,
                            LocalDate nextEligibleDate) {}
