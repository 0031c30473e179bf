package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;
import com.facetestimator.domain.coding.CodeFamilyTable.CodeFamily;
import com.facetestimator.domain.coding.CodeFamilyTable.CodeSpec;
import com.facetestimator.domain.coding.CodeFamilyTable.FurtherUnits;
import com.facetestimator.domain.coding.CodeFamilyTable.NoCode;
import com.facetestimator.domain.coding.CoveragePolicy.DocumentationItem;
import com.facetestimator.domain.coding.CoveragePolicy.Indication;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Codes one facet session for one payer: which CPT lines go on the professional and facility
 * claims, with which modifiers and units, whether the payer's coverage policy covers them, what
 * the chart must show, and every rule that fired. Pure: the rules come from a
 * {@link CodeFamilyTable} and a {@link CoveragePolicyTable} loaded from data; nothing here reads a clock or I/O.
 *
 * <p>Invariants of every claim built here (tested as properties): primaries come first and every
 * add-on follows its primary on the same claim ({@code CPT-ADDON-WITH-PRIMARY}); no line ever
 * carries modifier 51 ({@code CPT-NO-51-ADDON}); imaging guidance is never a separate line
 * ({@code CPT-IMAGING-INCLUDED}); each level is counted once.
 */
public final class CodingEngine {

    private final CodeFamilyTable families;
    private final CoveragePolicyTable policies;

    public CodingEngine(CodeFamilyTable families, CoveragePolicyTable policies) {
        this.families = Objects.requireNonNull(families, "families");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * Codes a request the edge has validated ({@link ProcedureRequest} cannot be built otherwise).
     *
     * @throws IllegalArgumentException when the conventions (a payer profile, not client input)
     *                                  name an unknown coverage policy or lack a needed bilateral style
     */
    public CodingResult code(ProcedureRequest request, BillingConventions conventions) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(conventions, "conventions");
        SessionLevels session = SessionLevels.of(request.levels());
        List<Finding> findings = new ArrayList<>();
        CoveragePolicy policy = policyOf(conventions, request, findings);

        Indication indication = Indication.of(request.procedure(), request.purpose());
        CoverageCheck check = policy == null ? null : new CoverageCheck(policy, request);
        boolean guidanceCovered = check == null || check.guidanceCovered();
        boolean diagnosesSupport = check == null || check.diagnosesSupport(session.region());
        boolean serviceCovered = guidanceCovered && diagnosesSupport;

        List<BaseLine> base = List.of();
        Optional<NoCode> noCode = families.noCode(request.procedure(), request.guidance());
        if (noCode.isPresent()) {
            findings.add(noCode.get().rule().finding(Severity.ERROR, noCode.get().message()));
        } else {
            CodeFamily family = families.family(request.procedure(), request.guidance(), session.region())
                    .orElseThrow(() -> new IllegalStateException("code family table has no family for "
                            + request.procedure() + " / " + request.guidance() + " / " + session.region()));
            base = baseLines(family, session, policy, serviceCovered);
            findings.addAll(codingFindings(family, session, base));
        }

        List<ClaimType> claimTypes = request.siteOfService() == SiteOfService.OFFICE
                ? List.of(ClaimType.PROFESSIONAL)
                : List.of(ClaimType.PROFESSIONAL, ClaimType.FACILITY);
        boolean kx = false;
        boolean priorAuthorization = false;
        if (check != null) {
            check.levels(session, base.stream().filter(b -> !b.covered() && b.spec().addOn())
                    .map(b -> b.spec().code()).distinct().toList());
            kx = check.kx(indication, !base.isEmpty(), serviceCovered);
            priorAuthorization = check.priorAuthorization(base.stream().map(b -> b.spec().code()).toList());
            findings.addAll(check.findings());
        }

        List<Claim> claims = new ArrayList<>();
        if (!base.isEmpty()) {
            for (ClaimType type : claimTypes) {
                List<ClaimLine> lines = lines(base, request.laterality(), conventions, type, request.siteOfService());
                if (kx) {
                    // KX attests that the policy's requirements are met: never on a line the policy excludes.
                    lines = lines.stream().map(l -> l.covered() ? l.withModifier("KX") : l).toList();
                }
                claims.add(new Claim(type, lines));
            }
        }

        CoverageDetermination coverage;
        if (policy == null) {
            coverage = CoverageDetermination.noPolicy();
        } else {
            boolean lineNotCovered = base.stream().anyMatch(b -> !b.covered());
            coverage = new CoverageDetermination(serviceCovered, priorAuthorization, !serviceCovered || lineNotCovered);
        }
        boolean imageGuided = request.guidance() == Guidance.FLUOROSCOPY || request.guidance() == Guidance.CT;
        List<String> documentation = documentation(policy, indication, !base.isEmpty() && imageGuided,
                !base.isEmpty() && request.laterality() == Laterality.BILATERAL, base.stream().anyMatch(b -> b.spec().addOn()));
        return new CodingResult(session.region(), session.levels(), claims, coverage, findings, documentation,
                check == null ? List.of() : check.sources());
    }

    /**
     * The version of the payer's coverage policy in force on the date of service; empty when the
     * payer names none or no version is loaded for that date.
     *
     * @throws IllegalArgumentException when the payer names a policy with no version at all (a configuration error)
     */
    public Optional<CoveragePolicy> coveragePolicy(BillingConventions conventions, java.time.LocalDate dateOfService) {
        String id = conventions.coveragePolicyId();
        if (id == null) {
            return Optional.empty();
        }
        if (!policies.knows(id)) {
            throw new IllegalArgumentException("unknown coverage policy " + id);
        }
        return policies.find(id, dateOfService);
    }

    private CoveragePolicy policyOf(BillingConventions conventions, ProcedureRequest request, List<Finding> findings) {
        String id = conventions.coveragePolicyId();
        if (id == null) {
            return null;
        }
        Optional<CoveragePolicy> version = coveragePolicy(conventions, request.dateOfService());
        if (version.isEmpty()) {
            findings.add(policies.versionNotLoaded().finding(Severity.WARNING, "No version of the payer's coverage policy "
                    + id + " is loaded for " + request.dateOfService() + ", so its coverage rules were not applied."));
        }
        return version.orElse(null);
    }

    // ---------------------------------------------------------------- coding

    /**
     * One code with its units before laterality: the levels it stands for and whether the policy
     * covers it. Level i (1-based) takes the primary, the second-level add-on, or the further-level
     * add-on; consecutive levels on the same code and coverage share a line.
     */
    private record BaseLine(CodeSpec spec, int units, boolean covered, boolean once, List<FacetLevel> levels) {}

    private static List<BaseLine> baseLines(CodeFamily family, SessionLevels session, CoveragePolicy policy,
                                            boolean guidanceCovered) {
        int maxCovered = policy == null ? Integer.MAX_VALUE : policy.maxCoveredLevels();
        List<BaseLine> lines = new ArrayList<>();
        List<FacetLevel> levels = session.levels();
        for (int i = 0; i < levels.size(); i++) {
            CodeSpec spec;
            if (i == 0) {
                spec = session.junction() ? family.junction().primary() : family.primary();
            } else if (i == 1) {
                spec = family.secondLevel();
            } else {
                spec = family.furtherLevels();
            }
            boolean once = i >= 2 && family.furtherUnits() == FurtherUnits.ONCE_PER_SESSION;
            // A once-per-session add-on stands for all further levels; its coverage is that of the first of them.
            int position = once ? 3 : i + 1;
            boolean covered = guidanceCovered && position <= maxCovered;
            BaseLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (i > 0 && last != null && last.spec().code().equals(spec.code()) && last.covered() == covered) {
                List<FacetLevel> merged = new ArrayList<>(last.levels());
                merged.add(levels.get(i));
                int units = once && last.once() ? last.units() : last.units() + 1;
                lines.set(lines.size() - 1, new BaseLine(last.spec(), units, covered, once, merged));
            } else {
                lines.add(new BaseLine(spec, 1, covered, once, List.of(levels.get(i))));
            }
        }
        return lines;
    }

    private List<Finding> codingFindings(CodeFamily family, SessionLevels session, List<BaseLine> base) {
        List<Finding> findings = new ArrayList<>();
        if (session.junction()) {
            Rule rule = family.junction().rule();
            String addOns = base.stream().filter(b -> b.spec().addOn()).map(b -> b.spec().code()).distinct()
                    .collect(Collectors.joining(", "));
            findings.add(rule.finding(rule.confidence() == Confidence.UNCONFIRMED ? Severity.WARNING : Severity.INFO,
                    "T12-L1 done with lumbar levels is one lumbar/sacral session: T12-L1 is coded "
                            + family.junction().primary().code() + " as the first level and the lumbar levels with the "
                            + family.regionWords() + " add-on" + (addOns.isEmpty() ? "s" : "s (" + addOns + ")")
                            + "; older guidance coding T12-L1 with the lumbar primary " + family.primary().code()
                            + " is superseded."
                            + (rule.confidence() == Confidence.UNCONFIRMED
                                    ? " No source states this for this code family; it follows the same pattern, unconfirmed."
                                    : "")));
        } else if (session.levels().contains(FacetLevel.T12_L1)) {
            Rule rule = families.rule(CodeFamilyTable.T12_L1_CERVICOTHORACIC);
            // The source names the fluoroscopy/CT codes; for a family whose T12-L1 coding is itself
            // only by analogy (ultrasound), say so rather than borrow the source's confidence.
            Rule analogy = families.family(family.procedure(), family.guidance().iterator().next(), SpinalRegion.LUMBAR_SACRAL)
                    .map(lumbar -> lumbar.junction().rule()).orElse(rule);
            if (analogy.confidence() == Confidence.UNCONFIRMED) {
                rule = new Rule(rule.id(), analogy.citation(), Confidence.UNCONFIRMED, rule.summary());
            }
            findings.add(rule.finding(Severity.INFO,
                    "T12-L1 without lumbar levels is coded with the cervical/thoracic codes (" + base.get(0).spec().code()
                            + " first) and counts toward the cervical/thoracic region."));
        }
        int levels = session.levels().size();
        if (family.furtherUnits() == FurtherUnits.ONCE_PER_SESSION && levels >= 4) {
            findings.add(family.furtherUnitsRule().finding(Severity.INFO,
                    "The " + (levels - 2) + " levels after the second (" + labels(session.levels().subList(2, levels))
                            + ") are reported as one unit of " + family.furtherLevels().code()
                            + ": this add-on is reported once per day however many further levels."));
        }
        return findings;
    }

    private static List<ClaimLine> lines(List<BaseLine> base, Laterality laterality, BillingConventions conventions,
                                         ClaimType type, SiteOfService site) {
        BilateralStyle style = null;
        if (laterality == Laterality.BILATERAL) {
            style = conventions.bilateralStyle(type, site); // Medicare ASC facility claims use RT/LT, HOPD modifier 50
            if (style == null) {
                throw new IllegalArgumentException("the payer's billing conventions have no bilateral style for " + type + " claims");
            }
        }
        List<ClaimLine> lines = new ArrayList<>();
        for (BaseLine b : base) {
            if (laterality == Laterality.LEFT) {
                lines.add(line(b, "LT", b.units()));
            } else if (laterality == Laterality.RIGHT) {
                lines.add(line(b, "RT", b.units()));
            } else {
                switch (style) {
                    case MODIFIER_50_ONE_UNIT -> lines.add(line(b, "50", b.units()));
                    case MODIFIER_50_TWO_UNITS -> lines.add(line(b, "50", 2 * b.units()));
                    case RT_LT_LINES -> {
                        lines.add(line(b, "RT", b.units()));
                        lines.add(line(b, "LT", b.units()));
                    }
                }
            }
        }
        return lines;
    }

    private static ClaimLine line(BaseLine b, String modifier, int units) {
        return new ClaimLine(b.spec().code(), List.of(modifier), units, b.spec().addOn(), b.spec().description(), b.covered());
    }

    // ---------------------------------------------------------------- documentation

    private List<String> documentation(CoveragePolicy policy, Indication indication, boolean imageGuided, boolean bilateral,
                                       boolean hasAddOn) {
        LinkedHashSet<String> sentences = new LinkedHashSet<>(policies.generalDocumentation(imageGuided, bilateral, hasAddOn));
        if (policy != null) {
            for (DocumentationItem item : policy.documentation()) {
                if (item.appliesTo().contains(indication)) {
                    sentences.add(item.text());
                }
            }
        }
        return List.copyOf(sentences);
    }

    static String labels(List<FacetLevel> levels) {
        return levels.stream().map(FacetLevel::label).collect(Collectors.joining(", "));
    }
}
