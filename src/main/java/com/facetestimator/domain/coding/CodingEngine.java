package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;
import com.facetestimator.domain.coding.CodeFamilyTable.CodeFamily;
import com.facetestimator.domain.coding.CodeFamilyTable.CodeSpec;
import com.facetestimator.domain.coding.CodeFamilyTable.FurtherUnits;
import com.facetestimator.domain.coding.CodeFamilyTable.NoCode;
import com.facetestimator.domain.coding.CoveragePolicy.DenialRisk;
import com.facetestimator.domain.coding.CoveragePolicy.DocumentationItem;
import com.facetestimator.domain.coding.CoveragePolicy.Indication;
import com.facetestimator.domain.coding.CoveragePolicy.KxRequirement;
import com.facetestimator.domain.coding.CoveragePolicy.PriorAuthorization;
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
 * {@link CodeFamilyTable} and a {@link CoveragePolicyTable}; nothing here reads a clock or I/O.
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

    /** The engine with the bundled tables: the CPT 2025 families and the Medicare facet LCD (rev. 2024-08). */
    public static CodingEngine standard() {
        return STANDARD;
    }

    private static final CodingEngine STANDARD =
            new CodingEngine(CodeFamilyTable.standard(), CoveragePolicyTable.standard());

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
        CoveragePolicy policy = policyOf(conventions);

        List<Finding> findings = new ArrayList<>();
        Indication indication = Indication.of(request.procedure(), request.purpose());
        boolean guidanceCovered = policy == null || policy.coveredGuidance().contains(request.guidance());

        List<BaseLine> base = List.of();
        Optional<NoCode> noCode = families.noCode(request.procedure(), request.guidance());
        if (noCode.isPresent()) {
            findings.add(noCode.get().rule().finding(Severity.ERROR, noCode.get().message()));
        } else {
            CodeFamily family = families.family(request.procedure(), request.guidance(), session.region())
                    .orElseThrow(() -> new IllegalStateException("code family table has no family for "
                            + request.procedure() + " / " + request.guidance() + " / " + session.region()));
            base = baseLines(family, session, policy, guidanceCovered);
            findings.addAll(codingFindings(family, session, base));
        }

        List<ClaimType> claimTypes = request.siteOfService() == SiteOfService.OFFICE
                ? List.of(ClaimType.PROFESSIONAL)
                : List.of(ClaimType.PROFESSIONAL, ClaimType.FACILITY);
        boolean kx = false;
        boolean priorAuthorization = false;
        if (policy != null) {
            findings.addAll(coverageFindings(policy, request, session, base, guidanceCovered));
            kx = kxAdded(policy, request, indication, base, guidanceCovered, findings);
            priorAuthorization = priorAuthorization(policy, request, base, findings);
            findings.addAll(denialRisks(policy, request, base));
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
            coverage = new CoverageDetermination(guidanceCovered, priorAuthorization, !guidanceCovered || lineNotCovered);
        }
        return new CodingResult(session.region(), session.levels(), claims, coverage, findings,
                documentation(policy, indication));
    }

    private CoveragePolicy policyOf(BillingConventions conventions) {
        String id = conventions.coveragePolicyId();
        if (id == null) {
            return null;
        }
        return policies.find(id).orElseThrow(() -> new IllegalArgumentException("unknown coverage policy " + id));
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
            Rule rule = CodeFamilyTable.T12_L1_CERVICOTHORACIC;
            // The source names the fluoroscopy/CT codes; for a family whose T12-L1 coding is itself
            // only by analogy (ultrasound), say so rather than borrow the source's confidence.
            Rule analogy = families.family(family.procedure(), family.guidance().iterator().next(), SpinalRegion.LUMBAR_SACRAL)
                    .map(lumbar -> lumbar.junction().rule()).orElse(rule);
            if (analogy.confidence() == Confidence.UNCONFIRMED) {
                rule = new Rule(rule.id(), analogy.citation(), Confidence.UNCONFIRMED);
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

    // ---------------------------------------------------------------- coverage

    private static List<Finding> coverageFindings(CoveragePolicy policy, ProcedureRequest request, SessionLevels session,
                                                  List<BaseLine> base, boolean guidanceCovered) {
        List<Finding> findings = new ArrayList<>();
        if (!guidanceCovered) {
            findings.add(policy.guidanceRule().finding(Severity.ERROR,
                    policy.title() + " covers these procedures only under "
                            + policy.coveredGuidance().stream().sorted().map(g -> words(g)).collect(Collectors.joining(" or "))
                            + "; " + words(request.guidance()) + " is not reasonable and necessary under it: not covered."));
        }
        int levels = session.levels().size();
        if (levels > policy.maxCoveredLevels()) {
            List<FacetLevel> beyond = session.levels().subList(policy.maxCoveredLevels(), levels);
            String lines = base.stream().filter(b -> !b.covered() && b.spec().addOn())
                    .map(b -> b.spec().code()).distinct().collect(Collectors.joining(", "));
            findings.add(policy.levelsRule().finding(Severity.ERROR,
                    policy.title() + " covers at most " + policy.maxCoveredLevels() + " levels per session; "
                            + labels(beyond) + (beyond.size() == 1 ? " is" : " are") + " not covered"
                            + (lines.isEmpty() ? "" : " (line " + lines + " marked not covered)")
                            + ". " + policy.levelsNote()));
        }
        return findings;
    }

    /** Whether KX goes on every line; adds the findings that explain the decision either way. */
    private static boolean kxAdded(CoveragePolicy policy, ProcedureRequest request, Indication indication,
                                   List<BaseLine> base, boolean guidanceCovered, List<Finding> findings) {
        KxRequirement kx = policy.kx();
        if (kx == null || !kx.appliesTo().contains(indication) || base.isEmpty() || !guidanceCovered) {
            return false;
        }
        String what = "Modifier KX on diagnostic facet injections is required by " + kx.requiringMacs() + " MACs";
        if (request.locality() == null) {
            findings.add(kx.rule().finding(Severity.WARNING, what
                    + ". No locality was given, so KX was not added: add it to every line if the claim goes to one of them."));
            return false;
        }
        String contractor = request.locality().substring(0, 5);
        Optional<String> mac = kx.macRequiringKx(request.locality());
        if (mac.isPresent()) {
            findings.add(kx.rule().finding(Severity.INFO, what + "; KX was added to every covered line for " + mac.get() + "."));
            findings.add(kx.macRule().finding(Severity.INFO, "The MAC was read from the locality's contractor number "
                    + contractor + " (" + mac.get() + "); this mapping is unconfirmed."));
            return true;
        }
        findings.add(kx.macRule().finding(Severity.INFO, what + "; the locality's contractor number " + contractor
                + " is not one of theirs, so KX was not added. The MAC was read from the contractor number; this mapping is unconfirmed."));
        return false;
    }

    private static boolean priorAuthorization(CoveragePolicy policy, ProcedureRequest request, List<BaseLine> base,
                                              List<Finding> findings) {
        PriorAuthorization pa = policy.priorAuthorization();
        if (pa == null || !pa.appliesTo(request.siteOfService(), request.dateOfService())) {
            return false;
        }
        List<String> codes = base.stream().map(b -> b.spec().code()).filter(pa.codes()::contains).distinct().toList();
        if (codes.isEmpty()) {
            return false;
        }
        findings.add(pa.rule().finding(Severity.WARNING, "Prior authorization is required for " + String.join(", ", codes)
                + " in the hospital outpatient department for dates of service from " + pa.effectiveFrom()
                + ": request it before the procedure."));
        return true;
    }

    private static List<Finding> denialRisks(CoveragePolicy policy, ProcedureRequest request, List<BaseLine> base) {
        if (base.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (DenialRisk risk : policy.denialRisks()) {
            boolean applies = switch (risk.trigger()) {
                case CODED -> true;
                case IMAGE_GUIDED -> request.guidance() == Guidance.FLUOROSCOPY || request.guidance() == Guidance.CT;
                case BILATERAL -> request.laterality() == Laterality.BILATERAL;
                case HAS_ADD_ON -> base.stream().anyMatch(b -> b.spec().addOn());
            };
            if (applies) {
                findings.add(risk.rule().finding(Severity.INFO, "Denial risk: " + risk.reason() + ". Fix: " + risk.fix() + "."));
            }
        }
        return findings;
    }

    private List<String> documentation(CoveragePolicy policy, Indication indication) {
        LinkedHashSet<String> sentences = new LinkedHashSet<>(policies.generalDocumentation());
        if (policy != null) {
            for (DocumentationItem item : policy.documentation()) {
                if (item.appliesTo().contains(indication)) {
                    sentences.add(item.text());
                }
            }
        }
        return List.copyOf(sentences);
    }

    private static String labels(List<FacetLevel> levels) {
        return levels.stream().map(FacetLevel::label).collect(Collectors.joining(", "));
    }

    private static String words(Guidance guidance) {
        return switch (guidance) {
            case FLUOROSCOPY -> "fluoroscopy";
            case CT -> "CT";
            case ULTRASOUND -> "ultrasound guidance";
            case NONE -> "a procedure without imaging guidance";
        };
    }
}
