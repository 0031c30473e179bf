package com.facetestimator.domain.locality;

import java.util.List;
import java.util.Optional;

/**
 * Port: the Medicare payment localities and the ZIP codes in each. Implementations load their
 * tables on first use, so a caller that never asks about a ZIP code never pays for the ZIP table.
 */
public interface LocalityDirectory {
    /** Every locality, ordered by id. */
    List<PaymentLocality> all();

    Optional<PaymentLocality> find(String localityId);

    /** The ZIP code's locality, or empty when the ZIP code is not in the ZIP5 file. */
    Optional<ZipCodeLocality> forZipCode(String zipCode);

    /** Which ZIP5 release the ZIP codes come from, for messages and sources (e.g. {@code CMS ZIP5 file 2026 Q1}). */
    String zipCodeSource();
}
