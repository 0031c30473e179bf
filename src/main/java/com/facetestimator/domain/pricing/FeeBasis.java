package com.facetestimator.domain.pricing;

import java.math.BigDecimal;

/** Where a payer's allowed amounts come from. */
public sealed interface FeeBasis {

    /** Fee rows loaded for this payer itself: CMS schedules (Medicare) or a fixed-amount contract. */
    record OwnSchedule() implements FeeBasis {}

    /** A contract paying a percentage of another payer's schedule, e.g. 125% of Medicare. */
    record PercentOf(String basePayerId, BigDecimal percent) implements FeeBasis {}
}
