package com.facetestimator.domain;

import java.util.Objects;

/**
 * One rule that fired while coding, pricing or checking frequency: what the user should know,
 * which rule said so, and where that rule comes from.
 *
 * @param confidence how firmly the rule is sourced (read in a primary source, in a secondary one, or unconfirmed); lower-confidence
 *                   rules are surfaced as such rather than presented as settled.
 */
public record Finding(Severity severity, String ruleId, String message, String citation, Confidence confidence) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
    }

    public enum Severity { ERROR, WARNING, INFO }

    /** How firmly a rule is sourced: read in a primary source, in a secondary source quoting one, or recalled and unconfirmed. */
    public enum Confidence { PRIMARY_SOURCE, SECONDARY_SOURCE, UNCONFIRMED }
}
