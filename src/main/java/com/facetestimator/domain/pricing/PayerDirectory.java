package com.facetestimator.domain.pricing;

import java.util.List;
import java.util.Optional;

/** Port: the loaded payer profiles. */
public interface PayerDirectory {
    List<PayerProfile> all();

    Optional<PayerProfile> find(String payerId);
}
