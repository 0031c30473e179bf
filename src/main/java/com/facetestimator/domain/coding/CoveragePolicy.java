package com.facetestimator.domain.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a payer coverage policy for facet procedures (e.g. the Medicare "Facet Joint
 * Interventions for Pain Management" LCD family, revision 2024-08), loaded from data: a later
 * revision is a new version with its own effective period, and the date of service picks the
 * version, so past dates keep the rules they were billed under. The frequency limits of the same
 * version are a {@code FrequencyPolicy}; this one decides coverage of a single session and its lines.
 *
 * <p>Rule citations may contain {@code {LCD}} and {@code {ARTICLE}}: they are filled in with the
 * LCD and billing article of the contractor (MAC) that applies, see {@link #cite}.
 *
 * @param effectiveTo      last day of the version, inclusive; null while it is in force
 * @param title            the policy's name as its source titles it, e.g. "Facet Joint Interventions LCD"
 * @param familyCitation   the citation when no contractor is known (no locality)
 * @param contractors      each MAC's own LCD and article, with their own effective periods
 * @param coveredGuidance  imaging under which the service is covered; anything else is not
 * @param maxCoveredLevels levels per session that are covered; further-level lines are not
 * @param levelsNote       a sentence added to the levels finding (e.g. an appeal route)
 * @param kx               how modifier KX is decided, or null if the policy has none
 * @param priorAuthorization when the site needs prior authorization, or null
 * @param diagnoses        the ICD-10-CM codes that support medical necessity, or null when not checked
 * @param documentation    what the chart must show, by kind of session, added to the general checklist
 * @param liabilities      who is liable for a non-covered service, by payer type name (e.g. {@code MEDICARE}:
 *                         the ABN with GA/GZ; {@code MEDICARE_ADVANTAGE}: an organization determination)
 */
public record CoveragePolicy(
        String id,
        String revision,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String title,
        String familyCitation,
        List<Contractor> contractors,
        Set<Guidance> coveredGuidance,
        Rule guidanceRule,
        int maxCoveredLevels,
        Rule levelsRule,
        String levelsNote,
        KxRequirement kx,
        PriorAuthorization priorAuthorization,
        DiagnosisRequirement diagnoses,
        List<DocumentationItem> documentation,
        Map<String, NoncoveredLiability> liabilities) implements OpenEndedPeriod {

    public CoveragePolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(revision, "revision");
        OpenEndedPeriod.requireOrdered(effectiveFrom, effectiveTo, id + " rev. " + revision);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(familyCitation, "familyCitation");
        contractors = List.copyOf(contractors);
        for (Contractor a : contractors) {
            for (Contractor b : contractors) {
                if (a != b && a.clashesWith(b)) {
                    throw new IllegalArgumentException(id + " rev. " + revision + ": contractor number claimed twice on one date by "
                            + a.name() + " and " + b.name());
                }
            }
        }
        coveredGuidance = Set.copyOf(coveredGuidance);
        Objects.requireNonNull(guidanceRule, "guidanceRule");
        if (maxCoveredLevels < 1) {
            throw new IllegalArgumentException("maxCoveredLevels must be at least 1");
        }
        Objects.requireNonNull(levelsRule, "levelsRule");
        levelsNote = levelsNote == null ? "" : levelsNote;
        documentation = List.copyOf(documentation);
        // Sorted, not Map.copyOf: its order changes from JVM to JVM, and docs/RULES.md lists them in it.
        liabilities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(liabilities));
    }

    /** The liability for a non-covered service for a payer of this type, or null when the policy names none. */
    public NoncoveredLiability liability(String payerType) {
        return payerType == null ? null : liabilities.get(payerType);
    }

    /** e.g. "MEDICARE-FACET-LCD rev. 2024-08". */
    public String versionLabel() {
        return id + " rev. " + revision;
    }

    /**
     * The contractor of a {@code MAC-LOCALITY} string on a date: the entry listing the locality's
     * 5-digit contractor number whose period contains the date.
     */
    public Optional<Contractor> contractorFor(String locality, LocalDate date) {
        if (locality == null || locality.length() < 5) {
            return Optional.empty();
        }
        String number = locality.substring(0, 5);
        return contractors.stream().filter(c -> c.contractorNumbers().contains(number) && c.appliesOn(date)).findFirst();
    }

    /** The policy version as a response source: the contractor's LCD and revision, or the family. */
    public String source(Optional<Contractor> contractor) {
        return contractor.map(c -> title + " (" + c.lcdReference(revision) + ")").orElse(familyCitation);
    }

    /** {@code rule} with its {@code {LCD}}, {@code {ARTICLE}} and {@code {DXLIST}} placeholders filled in. */
    public Rule cite(Rule rule, Optional<Contractor> contractor) {
        String article = contractor.map(Contractor::articleReference)
                .orElse("the MAC's billing article for the " + title);
        String list = diagnosisList(contractor).map(DiagnosisList::source).orElse(article);
        return rule.cited(source(contractor), article, list);
    }

    /** The covered diagnosis list that applies: the contractor's own, else the policy's; empty when none is checked. */
    public Optional<DiagnosisList> diagnosisList(Optional<Contractor> contractor) {
        if (diagnoses == null) {
            return Optional.empty();
        }
        return Optional.of(contractor.map(Contractor::ownDiagnoses).orElse(diagnoses.list()));
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

    /** What a contractor's sources say about modifier KX on the sessions {@link KxRequirement#appliesTo()} names. */
    public enum KxStatement {
        /** The contractor's billing article states it (primary source): KX is added. */
        STATED,
        /** A billing firm reports the contractor uses the same wording (secondary): KX is added, lower confidence. */
        BILLING_FIRM,
        /** No source for this contractor was read: KX is not added, and a WARNING says to check the article. */
        NOT_READ
    }

    /**
     * One MAC's LCD and billing article under this policy, for a period (a MAC's LCD can be
     * retired in favour of another's, e.g. Noridian JF's L38803 on 2026-04-16).
     *
     * @param name              e.g. "Noridian"
     * @param jurisdiction      e.g. "JF"
     * @param contractorNumbers the 5-digit contractor numbers that begin its localities, e.g. 02102
     * @param article           the billing article, or null when none is known
     * @param kx                what its sources say about KX
     * @param diagnosesAsRead   the policy's diagnosis list was read in this contractor's own article
     * @param ownDiagnoses      this contractor's own covered list, replacing the policy's; null for the policy's
     * @param note              a sentence reported with the contractor (e.g. a retired LCD), or null
     * @param noteRule          the rule reporting {@code note}, or null
     */
    public record Contractor(
            String name,
            String jurisdiction,
            Set<String> contractorNumbers,
            String lcd,
            String article,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            KxStatement kx,
            boolean diagnosesAsRead,
            DiagnosisList ownDiagnoses,
            String note,
            Rule noteRule) implements OpenEndedPeriod {
        public Contractor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            contractorNumbers = Set.copyOf(contractorNumbers);
            for (String n : contractorNumbers) {
                if (!n.matches("\\d{5}")) {
                    throw new IllegalArgumentException(name + ": contractor number '" + n + "' is not 5 digits");
                }
            }
            Objects.requireNonNull(lcd, "lcd");
            OpenEndedPeriod.requireOrdered(effectiveFrom, effectiveTo, name + " " + jurisdiction);
            Objects.requireNonNull(kx, "kx");
            if ((note == null) != (noteRule == null)) {
                throw new IllegalArgumentException(name + " " + jurisdiction + ": a note needs its rule and a rule its note");
            }
        }

        /** e.g. "Noridian JF". */
        public String label() {
            return name + " " + jurisdiction;
        }

        /** e.g. "CGS L38773 rev. 2024-08". */
        String lcdReference(String revision) {
            return name + " " + lcd + " rev. " + revision;
        }

        /** e.g. "CGS billing article A58364", or its LCD when no article is known. */
        String articleReference() {
            return article == null ? name + " " + lcd + " (no billing article known)" : name + " billing article " + article;
        }

        /** Whether both claim one contractor number on one date. */
        boolean clashesWith(Contractor other) {
            return contractorNumbers.stream().anyMatch(other.contractorNumbers()::contains) && overlaps(other);
        }
    }

    /**
     * How modifier KX is decided for the sessions in {@code appliesTo}, by what each contractor's
     * sources say ({@link KxStatement}).
     *
     * @param stated      contractor's article states it (KX added)
     * @param reported    a billing firm reports it (KX added, lower confidence)
     * @param notRead     no source read (WARNING to check the article, no KX)
     * @param noLocality  no locality, so no MAC (WARNING, no KX)
     * @param macRule     how the MAC is read from the locality's contractor number
     */
    public record KxRequirement(Set<Indication> appliesTo, Rule stated, Rule reported, Rule notRead, Rule noLocality,
                                Rule macRule) {
        public KxRequirement {
            appliesTo = Set.copyOf(appliesTo);
            Objects.requireNonNull(stated, "stated");
            Objects.requireNonNull(reported, "reported");
            Objects.requireNonNull(notRead, "notRead");
            Objects.requireNonNull(noLocality, "noLocality");
            Objects.requireNonNull(macRule, "macRule");
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

    /**
     * A list of ICD-10-CM codes that support medical necessity, as one source gives it.
     *
     * @param notForRfa codes on the list that support injection or aspiration only, never ablation
     */
    public record DiagnosisList(String source, Set<String> codes, Set<String> notForRfa) {
        public DiagnosisList {
            Objects.requireNonNull(source, "source");
            codes = Set.copyOf(codes);
            notForRfa = Set.copyOf(notForRfa);
            if (!codes.containsAll(notForRfa)) {
                throw new IllegalArgumentException(source + ": every code limited to injection must be on the list");
            }
        }
    }

    /** The policy's diagnosis list (a contractor may replace it) and the rules that report on it. */
    public record DiagnosisRequirement(DiagnosisList list, Rule notChecked, Rule notCovered, Rule otherRegion,
                                       Rule notForRfa, Rule unconfirmed) {
        public DiagnosisRequirement {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(notChecked, "notChecked");
            Objects.requireNonNull(notCovered, "notCovered");
            Objects.requireNonNull(otherRegion, "otherRegion");
            Objects.requireNonNull(notForRfa, "notForRfa");
            Objects.requireNonNull(unconfirmed, "unconfirmed");
        }

        public String source() {
            return list.source();
        }
    }

    /** One sentence of the documentation checklist, for the kinds of session it concerns. */
    public record DocumentationItem(String text, Set<Indication> appliesTo) {
        public DocumentationItem {
            Objects.requireNonNull(text, "text");
            appliesTo = Set.copyOf(appliesTo);
        }
    }
}
