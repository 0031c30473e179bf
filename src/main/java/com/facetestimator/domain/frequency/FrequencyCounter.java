package com.facetestimator.domain.frequency;

import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.Purpose;
import java.util.Objects;

/**
 * The separate Medicare frequency counters of the facet LCDs: diagnostic
 * sessions, therapeutic injection sessions and RFA sessions are limited independently.
 */
public enum FrequencyCounter {
    DIAGNOSTIC("diagnostic facet"),
    THERAPEUTIC("therapeutic facet injection"),
    RFA("radiofrequency ablation");

    private final String description;

    FrequencyCounter(String description) {
        this.description = description;
    }

    /** Plain-language name for messages, e.g. "therapeutic facet injection". */
    public String description() {
        return description;
    }

    /**
     * RFA counts as RFA (its purpose may be null or THERAPEUTIC); an injection counts under its
     * purpose, which it must have.
     *
     * @throws IllegalArgumentException for an injection without a purpose or a diagnostic RFA,
     *                                  which {@code ProcedureRequest} already refuses
     */
    public static FrequencyCounter of(Procedure procedure, Purpose purpose) {
        Objects.requireNonNull(procedure, "procedure");
        if (procedure == Procedure.RFA) {
            if (purpose == Purpose.DIAGNOSTIC) {
                throw new IllegalArgumentException("RFA is therapeutic; DIAGNOSTIC is not allowed");
            }
            return RFA;
        }
        if (purpose == null) {
            throw new IllegalArgumentException("an injection needs a purpose");
        }
        return purpose == Purpose.DIAGNOSTIC ? DIAGNOSTIC : THERAPEUTIC;
    }
}
