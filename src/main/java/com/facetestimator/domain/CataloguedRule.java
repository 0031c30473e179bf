package com.facetestimator.domain;

/**
 * A rule that is written in code rather than loaded from a rule file (the pricing and locality
 * rules), as the rules catalogue (docs/RULES.md) lists it: id, what it does, source, confidence.
 * Rules loaded from data carry the same as {@code coding.Rule}.
 */
public interface CataloguedRule {
    String id();

    /** What the rule does, in plain words. */
    String does();

    String citation();

    Finding.Confidence confidence();
}
