package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;
import java.util.Objects;

/**
 * A billing or coverage rule as data: its id (e.g. {@code LCD-LEVELS-2}), a short citation of
 * the primary source a user can look up (LCD or article number, CFR section, CMS file), how
 * firmly that source is known, and a sentence saying what the rule does (for the rules
 * catalogue). Every finding the engine reports is made from one of these, so a response can
 * always say which rule produced it.
 *
 * @param summary what the rule does, in plain words; empty when not given
 */
public record Rule(String id, String citation, Confidence confidence, String summary) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
        summary = summary == null ? "" : summary;
        if (id.isBlank() || citation.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id and a citation");
        }
    }

    public Rule(String id, String citation, Confidence confidence) {
        this(id, citation, confidence, "");
    }

    public Finding finding(Severity severity, String message) {
        return new Finding(severity, id, message, citation, confidence);
    }

    /**
     * This rule with its citation's placeholders filled in: {@code {LCD}} the LCD that applies,
     * {@code {ARTICLE}} its billing article, {@code {DXLIST}} the source of the diagnosis list.
     */
    public Rule cited(String lcd, String article, String diagnosisList) {
        if (!citation.contains("{")) {
            return this;
        }
        return new Rule(id, citation.replace("{LCD}", lcd).replace("{ARTICLE}", article).replace("{DXLIST}", diagnosisList),
                confidence, summary);
    }

    /** The same rule with a lower (or the same) confidence, e.g. when its source is applied beyond what was read. */
    public Rule withConfidence(Confidence lower) {
        return new Rule(id, citation, lower, summary);
    }
}
