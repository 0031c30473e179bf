package com.facetestimator.domain.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One payer coverage policy for facet procedures as data (e.g. the Medicare "Facet Joint
 * Interventions for Pain Management" LCD family), keyed by id and version so that a later
 * revision is a new row, not new code. The frequency limits are a separate policy (frequency
 * package); this one holds what decides coverage of a single session and its lines.
 *
 * @param coveredGuidance  imaging under which the service is covered; anything else is not
 * @param maxCoveredLevels levels per session that are covered; further-level lines are not
 * @param levelsNote       a sentence added to the levels finding (e.g. an appeal route)
 * @param kx               when modifier KX goes on the lines, or null if the policy has none
 * @param priorAuthorization when the site needs prior authorization, or null
 * @param documentation    what the chart must show, by kind of session, added to the general checklist
 * @param denialRisks      common denial reasons and their fixes, reported when they apply
 */
public record CoveragePolicy(
        String id,
        String version,
        String title,
        Set<Guidance> coveredGuidance,
        Rule guidanceRule,
        int maxCoveredLevels,
        Rule levelsRule,
        String levelsNote,
        KxRequirement kx,
        PriorAuthorization priorAuthorization,
        List<DocumentationItem> documentation,
        List<DenialRisk> denialRisks) {

    public CoveragePolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        coveredGuidance = Set.copyOf(coveredGuidance);
        Objects.requireNonNull(guidanceRule, "guidanceRule");
        if (maxCoveredLevels < 1) {
            throw new IllegalArgumentException("maxCoveredLevels must be at least 1");
        }
        Objects.requireNonNull(levelsRule, "levelsRule");
        levelsNote = levelsNote == null ? "" : levelsNote;
        documentation = List.copyOf(documentation);
        denialRisks = List.copyOf(denialRisks);
    }

    /** The kind of session, as coverage and documentation rules distinguish them. */
    public enum Indication {
        DIAGNOSTIC_INJECTION, THERAPEUTIC_INJECTION, RFA;

        public static Indication of(Procedure procedure, Purpose purpose) {
            if (procedure == Procedure.RFA) {
                return RFA;
            }
            return purpose == Purpose.DIAGNOSTIC ? DIAGNOSTIC_INJECTION : THERAPEUTIC_INJECTION;
        }
    }

    /**
     * Modifier KX for some contractors. The contractor is read from the locality's MAC number:
     * {@code macByContractorPrefix} maps its leading digits to a MAC name, listing only the MACs
     * that require KX; {@code macRule} is the (lower-confidence) source of that mapping.
     *
     * @param requiringMacs the MACs named in words, for the message when the locality is unknown
     */
    public record KxRequirement(
            Set<Indication> appliesTo,
            Map<String, String> macByContractorPrefix,
            String requiringMacs,
            Rule rule,
            Rule macRule) {
        public KxRequirement {
            appliesTo = Set.copyOf(appliesTo);
            macByContractorPrefix = Map.copyOf(macByContractorPrefix);
            Objects.requireNonNull(requiringMacs, "requiringMacs");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(macRule, "macRule");
        }

        /** The KX-requiring MAC of a {@code MAC-LOCALITY} string, if its contractor number maps to one. */
        public Optional<String> macRequiringKx(String locality) {
            return macByContractorPrefix.entrySet().stream()
                    .filter(e -> locality.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }
    }

    /** Prior authorization of {@code codes} at {@code site} for dates of service on or after {@code effectiveFrom}. */
    public record PriorAuthorization(SiteOfService site, LocalDate effectiveFrom, Set<String> codes, Rule rule) {
        public PriorAuthorization {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            codes = Set.copyOf(codes);
            Objects.requireNonNull(rule, "rule");
        }

        public boolean appliesTo(SiteOfService siteOfService, LocalDate dateOfService) {
            return site == siteOfService && !dateOfService.isBefore(effectiveFrom);
        }
    }

    /** One sentence of the documentation checklist, for the kinds of session it concerns. */
    public record DocumentationItem(String text, Set<Indication> appliesTo) {
        public DocumentationItem {
            Objects.requireNonNull(text, "text");
            appliesTo = Set.copyOf(appliesTo);
        }
    }

    /** When a denial risk is worth reporting. */
    public enum RiskTrigger {
        /** Whenever facet lines were coded. */
        CODED,
        /** When the lines were coded under fluoroscopy or CT (guidance must be in the note). */
        IMAGE_GUIDED,
        /** When the procedure is bilateral (modifier 50 or RT/LT as the payer requires). */
        BILATERAL,
        /** When the claim has add-on lines (the primary must come first). */
        HAS_ADD_ON
    }

    /** A common reason for denial and its fix. */
    public record DenialRisk(Rule rule, RiskTrigger trigger, String reason, String fix) {
        public DenialRisk {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(fix, "fix");
        }
    }
}
