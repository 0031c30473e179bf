/**
 * The patient session ledger and Medicare frequency limits of the facet LCDs: pure domain,
 * no I/O, no clock. Every date comes in from the caller.
 *
 * <p>Frequency limits are counted per spinal region and per {@link
 * com.facetestimator.domain.frequency.FrequencyCounter counter} over rolling windows
 * {@code (X − windowMonths, X]} computed with {@link java.time.LocalDate#minusMonths(long)}
 * (so a window ending 2025-02-28 starts after 2024-02-28 and still holds 2024-02-29). Nothing
 * in this package ever holds a patient id: ledgers are keyed by the caller, and exception
 * messages and {@code toString()} output stay free of it.
 */
package com.facetestimator.domain.frequency;
