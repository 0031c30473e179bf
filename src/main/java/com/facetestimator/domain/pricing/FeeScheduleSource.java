package com.facetestimator.domain.pricing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Port: where pricing gets a payer's fee schedule. A DynamoDB adapter with container caching
 * implements it in production; {@link #of} serves bundled or test data from memory.
 */
@FunctionalInterface
public interface FeeScheduleSource {
    Optional<FeeSchedule> scheduleFor(String payerId);

    static FeeScheduleSource of(Collection<FeeSchedule> schedules) {
        Map<String, FeeSchedule> byPayer = schedules.stream()
                .collect(Collectors.toUnmodifiableMap(FeeSchedule::payerId, Function.identity()));
        return payerId -> Optional.ofNullable(byPayer.get(payerId));
    }
}
