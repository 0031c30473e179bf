package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;
import java.util.Objects;

/**
 * A billing or coverage rule as data: its id (e.g. {@code LCD-LEVELS-2}), a short citation of
 * where it comes from, and how firmly that source is known (primary, secondary or unconfirmed).
 * Every finding the coding engine reports is made from one of these, so a response can always
 * say which rule produced it.
 */
public record Rule(String id, String citation, Confidence confidence) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
    }

    public Finding finding(Severity severity, String message) {
        return new Finding(severity, id, message, citation, confidence);
    }
}
