package com.facetestimator.domain;

/**
 * A rule that is written in code rather than loaded from a rule file (the pricing and locality
 * rules), as the rules catalogue (docs/RULES.md) lists it: id, what it does, source, confidence.
 * Rules loaded from data carry the same as {@code coding.Rule}. Implementations are enums that
 * hold one {@link Entry} each, so the fields and the finding they raise are written once.
 */
public interface CataloguedRule {
    /** A rule's catalogue entry: what it is, how firmly it is sourced, and the severity it raises. */
    record Entry(String id, String does, Finding.Severity severity, String citation, Finding.Confidence confidence) {}

    Entry entry();

    default String id() {
        return entry().id();
    }

    /** What the rule does, in plain words. */
    default String does() {
        return entry().does();
    }

    default String citation() {
        return entry().citation();
    }

    default Finding.Confidence confidence() {
        return entry().confidence();
    }

    /** The finding this rule raises, with its own severity, citation and confidence. */
    default Finding finding(String message) {
        Entry e = entry();
        return new Finding(e.severity(), e.id(), message, e.citation(), e.confidence());
    }
}
