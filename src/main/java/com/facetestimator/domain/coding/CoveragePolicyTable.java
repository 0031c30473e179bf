package com.facetestimator.domain.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The coverage policy versions a payer profile can name (by {@code coveragePolicyId}), and the
 * general documentation checklist every estimate returns whatever the payer. Loaded from data;
 * the date of service picks the version, so a new LCD revision is a new version in the data.
 * Checked when built: two versions of one policy never overlap in time.
 */
public final class CoveragePolicyTable {

    private final List<CoveragePolicy> versions;
    private final List<ChecklistItem> generalDocumentation;
    private final Rule versionNotLoaded;

    /** @param versionNotLoaded the rule reported when a payer's policy has no version for a date of service */
    public CoveragePolicyTable(List<CoveragePolicy> versions, List<ChecklistItem> generalDocumentation, Rule versionNotLoaded) {
        this.versions = List.copyOf(versions);
        this.generalDocumentation = List.copyOf(generalDocumentation);
        this.versionNotLoaded = Objects.requireNonNull(versionNotLoaded, "versionNotLoaded");
        for (int i = 0; i < this.versions.size(); i++) {
            for (int j = i + 1; j < this.versions.size(); j++) {
                CoveragePolicy a = this.versions.get(i);
                CoveragePolicy b = this.versions.get(j);
                if (a.id().equals(b.id()) && a.overlaps(b)) {
                    throw new IllegalArgumentException("coverage policy " + a.id() + ": revisions " + a.revision() + " and "
                            + b.revision() + " are both in force on one date");
                }
            }
        }
    }

    /** The version of {@code policyId} in force on {@code dateOfService}. */
    public Optional<CoveragePolicy> find(String policyId, LocalDate dateOfService) {
        Objects.requireNonNull(dateOfService, "dateOfService");
        return versions.stream().filter(v -> v.id().equals(policyId) && v.appliesOn(dateOfService)).findFirst();
    }

    /** The rule of the WARNING when no version of a payer's policy is in force on the date of service. */
    public Rule versionNotLoaded() {
        return versionNotLoaded;
    }

    /** Whether any version of {@code policyId} is loaded (a payer naming none is misconfigured). */
    public boolean knows(String policyId) {
        return versions.stream().anyMatch(v -> v.id().equals(policyId));
    }

    /** Every version, in load order (for the rules catalogue). */
    public List<CoveragePolicy> versions() {
        return versions;
    }

    /** The checklist for every payer, each sentence with the kind of claim it concerns. */
    public List<ChecklistItem> generalDocumentation() {
        return generalDocumentation;
    }

    /** The sentences of the general checklist that concern a claim with these traits. */
    List<String> generalDocumentation(boolean imageGuided, boolean bilateral, boolean hasAddOn) {
        List<String> sentences = new ArrayList<>();
        for (ChecklistItem item : generalDocumentation) {
            boolean applies = switch (item.appliesTo()) {
                case ALL -> true;
                case IMAGE_GUIDED -> imageGuided;
                case BILATERAL -> bilateral;
                case HAS_ADD_ON -> hasAddOn;
            };
            if (applies) {
                sentences.add(item.text());
            }
        }
        return sentences;
    }

    /** When a sentence of the general checklist applies. */
    public enum ChecklistTrigger {
        /** Always. */
        ALL,
        /** When the lines were coded under fluoroscopy or CT (guidance must be in the note). */
        IMAGE_GUIDED,
        /** When the procedure is bilateral (modifier 50 or RT/LT as the payer requires). */
        BILATERAL,
        /** When the claim has add-on lines (the primary must come first). */
        HAS_ADD_ON
    }

    /** One sentence of the general documentation checklist. */
    public record ChecklistItem(String text, ChecklistTrigger appliesTo) {
        public ChecklistItem {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(appliesTo, "appliesTo");
        }
    }
}
