package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;
import com.facetestimator.domain.coding.CoveragePolicy.Contractor;
import com.facetestimator.domain.coding.CoveragePolicy.DiagnosisList;
import com.facetestimator.domain.coding.CoveragePolicy.DiagnosisRequirement;
import com.facetestimator.domain.coding.CoveragePolicy.Indication;
import com.facetestimator.domain.coding.CoveragePolicy.KxRequirement;
import com.facetestimator.domain.coding.CoveragePolicy.KxStatement;
import com.facetestimator.domain.coding.CoveragePolicy.PriorAuthorization;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One session under one coverage policy version: the contractor (MAC) its locality resolves to
 * on the date of service, and the policy's checks in the order the engine needs them
 * (guidance and diagnoses decide whether the service is covered at all, before the lines are
 * built; levels, KX and prior authorization look at the lines). Each check adds its findings,
 * cited to the contractor's own LCD and article when it is known.
 */
final class CoverageCheck {
    private final CoveragePolicy policy;
    private final ProcedureRequest request;
    private final Optional<Contractor> contractor;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();

    CoverageCheck(CoveragePolicy policy, ProcedureRequest request) {
        this.policy = policy;
        this.request = request;
        this.contractor = policy.contractorFor(request.locality(), request.dateOfService());
        sources.add(policy.source(contractor));
        contractor.ifPresent(c -> {
            if (c.article() != null) {
                sources.add(c.articleReference());
            }
            if (c.note() != null) {
                findings.add(cite(c.noteRule()).finding(Severity.INFO, c.note() + " The " + c.label() + " LCD "
                        + c.lcd() + (c.article() == null ? "" : " and article " + c.article()) + " apply on "
                        + request.dateOfService() + "."));
            }
        });
    }

    List<Finding> findings() {
        return findings;
    }

    /** The policy version used, as response sources (the contractor's LCD and article when known). */
    List<String> sources() {
        return List.copyOf(sources);
    }

    private Rule cite(Rule rule) {
        return policy.cite(rule, contractor);
    }

    boolean guidanceCovered() {
        if (policy.coveredGuidance().contains(request.guidance())) {
            return true;
        }
        findings.add(cite(policy.guidanceRule()).finding(Severity.ERROR,
                policy.title() + " covers these procedures only under "
                        + policy.coveredGuidance().stream().sorted().map(CoverageCheck::words).collect(Collectors.joining(" or "))
                        + "; " + words(request.guidance()) + " is not reasonable and necessary under it: not covered."));
        return false;
    }

    /**
     * Whether the given diagnoses support the service (true when the policy checks none, or none
     * were given: an INFO then says the check was not done).
     */
    boolean diagnosesSupport(SpinalRegion region) {
        Optional<DiagnosisList> list = policy.diagnosisList(contractor);
        if (list.isEmpty()) {
            return true;
        }
        DiagnosisRequirement dx = policy.diagnoses();
        List<String> given = request.diagnoses();
        // The list was read for this contractor (its own article, or its own list loaded as data); elsewhere it is
        // applied because the LCD family is harmonised, which no source confirms.
        boolean asRead = contractor.map(c -> c.diagnosesAsRead() || c.ownDiagnoses() != null).orElse(false);
        if (given.isEmpty()) {
            findings.add(rule(dx.notChecked(), asRead).finding(Severity.INFO,
                    "No diagnosis codes were given, so the diagnosis was not checked: the claim's ICD-10-CM codes must be"
                            + " among those that support medical necessity (" + list.get().source() + ")."));
            return true;
        }
        sources.add(list.get().source());
        List<String> supporting = new ArrayList<>(given.stream().filter(list.get().codes()::contains).distinct().toList());
        if (request.procedure() == Procedure.RFA) {
            List<String> cystOnly = supporting.stream().filter(list.get().notForRfa()::contains).toList();
            if (!cystOnly.isEmpty()) {
                supporting.removeAll(cystOnly);
                findings.add(rule(dx.notForRfa(), asRead).finding(Severity.ERROR,
                        String.join(", ", cystOnly) + (cystOnly.size() == 1 ? " supports" : " support")
                                + " facet cyst injection or aspiration only, not radiofrequency ablation."));
            }
        }
        if (!asRead) {
            findings.add(cite(dx.unconfirmed()).finding(Severity.INFO, "The diagnosis list applied is "
                    + list.get().source() + "; " + contractor.map(Contractor::label).orElse("the MAC (no locality given)")
                    + " has its own billing article, whose list was not read: unconfirmed."));
        }
        if (supporting.isEmpty()) {
            findings.add(rule(dx.notCovered(), asRead).finding(Severity.ERROR,
                    "None of the diagnosis codes given (" + String.join(", ", given) + ") supports medical necessity for "
                            + (request.procedure() == Procedure.RFA ? "radiofrequency ablation" : "a facet injection")
                            + " under " + list.get().source() + ": the service is not covered as billed."));
            return false;
        }
        List<String> otherRegion = supporting.stream().filter(code -> !fitsRegion(code, region)).toList();
        if (!otherRegion.isEmpty()) {
            findings.add(rule(dx.otherRegion(), asRead).finding(Severity.WARNING,
                    String.join(", ", otherRegion) + (otherRegion.size() == 1 ? " names" : " name")
                            + " another spinal region than this " + regionWords(region)
                            + " session: a diagnosis of the region treated is expected."));
        }
        return true;
    }

    private Rule rule(Rule rule, boolean asRead) {
        Rule cited = cite(rule);
        return asRead ? cited : cited.withConfidence(Confidence.UNCONFIRMED);
    }

    /**
     * The region of a covered code is its final character (for M47.81x/M47.89x the sixth character
     * of the code without its dot): 2-4 cervical or thoracic, 5 thoracolumbar (either), 6-7 lumbar
     * or lumbosacral; any other character names no facet region and is not judged.
     */
    static boolean fitsRegion(String code, SpinalRegion region) {
        char c = code.charAt(code.length() - 1);
        return switch (c) {
            case '2', '3', '4' -> region == SpinalRegion.CERVICAL_THORACIC;
            case '6', '7' -> region == SpinalRegion.LUMBAR_SACRAL;
            default -> true;
        };
    }

    /** The levels finding: levels beyond the policy's maximum are not covered (their lines are marked). */
    void levels(SessionLevels session, List<String> uncoveredAddOns) {
        int levels = session.levels().size();
        if (levels <= policy.maxCoveredLevels()) {
            return;
        }
        List<FacetLevel> beyond = session.levels().subList(policy.maxCoveredLevels(), levels);
        findings.add(cite(policy.levelsRule()).finding(Severity.ERROR,
                policy.title() + " covers at most " + policy.maxCoveredLevels() + " levels per session; "
                        + CodingEngine.labels(beyond) + (beyond.size() == 1 ? " is" : " are") + " not covered"
                        + (uncoveredAddOns.isEmpty() ? "" : " (line " + String.join(", ", uncoveredAddOns) + " marked not covered)")
                        + ". " + policy.levelsNote()));
    }

    /** Whether KX goes on every covered line, by what the contractor's sources say; findings explain either way. */
    boolean kx(Indication indication, boolean anyLine, boolean serviceCovered) {
        KxRequirement kx = policy.kx();
        if (kx == null || !kx.appliesTo().contains(indication) || !anyLine || !serviceCovered) {
            return false;
        }
        String what = "Modifier KX on diagnostic facet injections";
        if (request.locality() == null) {
            findings.add(kx.noLocality().finding(Severity.WARNING, what + " is stated by " + macs(KxStatement.STATED)
                    + " and reported for " + macs(KxStatement.BILLING_FIRM) + ". No locality was given, so the MAC is not"
                    + " known and KX was not added: add it to every line if the claim goes to one of them."));
            return false;
        }
        String number = request.locality().substring(0, 5);
        if (contractor.isEmpty()) {
            findings.add(cite(kx.notRead()).finding(Severity.WARNING, "The locality's contractor number " + number
                    + " is not one the " + policy.title() + " data lists, so its MAC is not known and KX was not added:"
                    + " check that MAC's billing article for " + what + "."));
            return false;
        }
        Contractor c = contractor.get();
        findings.add(kx.macRule().finding(Severity.INFO, "The MAC was read from the locality's contractor number "
                + number + ": " + c.label() + "."));
        switch (c.kx()) {
            case STATED -> findings.add(cite(kx.stated()).finding(Severity.INFO, what + " is stated by " + c.label()
                    + "'s billing article; KX was added to every covered line."));
            case BILLING_FIRM -> findings.add(cite(kx.reported()).finding(Severity.INFO, what + ": a billing firm reports"
                    + " that " + c.label() + " uses the same wording as First Coast and Noridian; KX was added to every"
                    + " covered line. Lower confidence: confirm it in " + c.label() + "'s billing article."));
            case NOT_READ -> findings.add(cite(kx.notRead()).finding(Severity.WARNING, "No source on " + what
                    + " was read for " + c.label() + ", so KX was not added: check " + c.articleReference()
                    + " for whether the diagnostic blocks carry KX."));
        }
        return c.kx() != KxStatement.NOT_READ;
    }

    private String macs(KxStatement statement) {
        return policy.contractors().stream().filter(c -> c.kx() == statement).map(Contractor::name).distinct()
                .collect(Collectors.joining(" and "));
    }

    /** Whether prior authorization is needed for these codes at this site on this date. */
    boolean priorAuthorization(List<String> codes) {
        PriorAuthorization pa = policy.priorAuthorization();
        if (pa == null || !pa.appliesTo(request.siteOfService(), request.dateOfService())) {
            return false;
        }
        List<String> needing = codes.stream().filter(pa.codes()::contains).distinct().toList();
        if (needing.isEmpty()) {
            return false;
        }
        findings.add(cite(pa.rule()).finding(Severity.WARNING, "Prior authorization is required for " + String.join(", ", needing)
                + " in the hospital outpatient department for dates of service from " + pa.effectiveFrom()
                + ": request it before the procedure."));
        return true;
    }

    private static String regionWords(SpinalRegion region) {
        return region == SpinalRegion.LUMBAR_SACRAL ? "lumbar/sacral" : "cervical/thoracic";
    }

    static String words(Guidance guidance) {
        return switch (guidance) {
            case FLUOROSCOPY -> "fluoroscopy";
            case CT -> "CT";
            case ULTRASOUND -> "ultrasound guidance";
            case NONE -> "a procedure without imaging guidance";
        };
    }
}
