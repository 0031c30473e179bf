package com.facetestimator.domain.coding;

import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.coding.CoveragePolicy.DenialRisk;
import com.facetestimator.domain.coding.CoveragePolicy.DocumentationItem;
import com.facetestimator.domain.coding.CoveragePolicy.Indication;
import com.facetestimator.domain.coding.CoveragePolicy.KxRequirement;
import com.facetestimator.domain.coding.CoveragePolicy.PriorAuthorization;
import com.facetestimator.domain.coding.CoveragePolicy.RiskTrigger;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coverage policies a payer profile can name (by {@code coveragePolicyId}), and the general
 * documentation checklist every estimate returns whatever the payer. A new LCD revision is a new
 * {@link CoveragePolicy} row here (or loaded from elsewhere through the constructor).
 */
public final class CoveragePolicyTable {

    /** The harmonised Medicare facet LCD family (one LCD per MAC, same rules), revision of July-August 2024. */
    public static final String MEDICARE_FACET_LCD = "MEDICARE-FACET-LCD";

    private final Map<String, CoveragePolicy> policies;
    private final List<String> generalDocumentation;

    public CoveragePolicyTable(List<CoveragePolicy> policies, List<String> generalDocumentation) {
        Map<String, CoveragePolicy> byId = new LinkedHashMap<>();
        for (CoveragePolicy policy : policies) {
            if (byId.put(policy.id(), policy) != null) {
                throw new IllegalArgumentException("two coverage policies with id " + policy.id());
            }
        }
        this.policies = Map.copyOf(byId);
        this.generalDocumentation = List.copyOf(generalDocumentation);
    }

    public Optional<CoveragePolicy> find(String policyId) {
        return Optional.ofNullable(policies.get(policyId));
    }

    /** The documentation checklist the facet LCDs ask for, for every payer. */
    public List<String> generalDocumentation() {
        return generalDocumentation;
    }

    public static CoveragePolicyTable standard() {
        return STANDARD;
    }

    private static final CoveragePolicyTable STANDARD = new CoveragePolicyTable(
            List.of(medicareFacetLcd202408()), generalChecklist());

    private static List<String> generalChecklist() {
        return List.of(
                "Pain history: duration, location and severity of the pain.",
                "Prior conservative treatment and how it failed.",
                "The indication: whether the procedure is diagnostic or therapeutic.",
                "The exact level or levels treated, e.g. L4-L5.",
                "The side treated: left, right or both.",
                "The image guidance used (fluoroscopy or CT), stated in the procedure note.",
                "For diagnostic blocks, the immediate response as percent relief on the same pain scale.",
                "Pain and disability scale ratings at baseline.");
    }

    /**
     * The Medicare facet LCDs as data. CGS L38773 / A58364, Noridian L38803 / A58405 and L38801 / A58403,
     * Palmetto L38765 / A58350, First Coast L33930 / A57787, NGS L35936 / A57826, Novitas
     * L34892 / A56670, WPS L38841: effective 2021-04-25, revised July-August 2024.
     */
    private static CoveragePolicy medicareFacetLcd202408() {
        String lcd = "LCD L38773 family (rev. 2024-08)";
        Rule guidance = new Rule("LCD-GUIDANCE", lcd, Confidence.SECONDARY_SOURCE);
        Rule levels = new Rule("LCD-LEVELS-2", lcd + "; Noridian A58405 (appeal)", Confidence.SECONDARY_SOURCE);
        Rule kx = new Rule("LCD-KX-DIAGNOSTIC", "Noridian A58405/A58403; First Coast A57787", Confidence.PRIMARY_SOURCE);
        Rule kxMac = new Rule("LCD-KX-MAC-FROM-LOCALITY",
                "MAC from the locality's contractor number (01/02/03 Noridian, 09 First Coast; unconfirmed mapping)",
                Confidence.UNCONFIRMED);
        Rule priorAuth = new Rule("OPPS-PRIOR-AUTH", "42 CFR 419.83", Confidence.PRIMARY_SOURCE);
        String seed = "Seed article: facet billing denials";

        Map<String, String> kxMacs = new LinkedHashMap<>();
        kxMacs.put("01", "Noridian (JE)");
        kxMacs.put("02", "Noridian (JF)");
        kxMacs.put("03", "Noridian (JF)");
        kxMacs.put("09", "First Coast (JN)");

        Set<Indication> all = EnumSet.allOf(Indication.class);
        Set<Indication> afterBlocks = EnumSet.of(Indication.THERAPEUTIC_INJECTION, Indication.RFA);

        return new CoveragePolicy(
                MEDICARE_FACET_LCD,
                "2024-08",
                "The Medicare facet joint LCD (Facet Joint Interventions for Pain Management)",
                EnumSet.of(Guidance.FLUOROSCOPY, Guidance.CT),
                guidance,
                2,
                levels,
                "Noridian allows them only on appeal.",
                new KxRequirement(EnumSet.of(Indication.DIAGNOSTIC_INJECTION), kxMacs,
                        "Noridian (JE, JF) and First Coast (JN)", kx, kxMac),
                new PriorAuthorization(SiteOfService.HOPD, LocalDate.of(2023, 7, 1),
                        Set.of("64490", "64491", "64492", "64493", "64494", "64495",
                                "64633", "64634", "64635", "64636"),
                        priorAuth),
                List.of(
                        new DocumentationItem("Moderate to severe chronic axial neck or low back pain for at least"
                                + " 3 months, with functional deficit on a pain or disability scale.", all),
                        new DocumentationItem("Failed conservative care; no untreated radiculopathy or neurogenic"
                                + " claudication; no non-facet cause of the pain (fracture, tumour, infection,"
                                + " significant deformity).", all),
                        new DocumentationItem("A pain scale rating at baseline and after each diagnostic block, and a"
                                + " disability scale rating at baseline.", all),
                        new DocumentationItem("The confirmatory block is at the same level, at least 2 weeks after the"
                                + " first, and each diagnostic block gives at least 80% relief of the index pain.",
                                EnumSet.of(Indication.DIAGNOSTIC_INJECTION)),
                        new DocumentationItem("Two prior diagnostic blocks, each with at least 80% relief of the index"
                                + " pain.", afterBlocks),
                        new DocumentationItem("For a repeat therapeutic injection: at least 50% relief (or 50% better"
                                + " function) lasting at least 3 months, and why the patient is not a candidate for"
                                + " radiofrequency ablation.", EnumSet.of(Indication.THERAPEUTIC_INJECTION)),
                        new DocumentationItem("For a repeat ablation at the same site: at least 50% relief lasting at"
                                + " least 6 months; if 2 years or more have passed since the last ablation, the"
                                + " diagnostic blocks are repeated.", EnumSet.of(Indication.RFA))),
                List.of(
                        new DenialRisk(new Rule("DENIAL-GUIDANCE-NOT-DOCUMENTED", seed, Confidence.SECONDARY_SOURCE),
                                RiskTrigger.IMAGE_GUIDED, "image guidance not documented",
                                "state fluoroscopy or CT in the procedure note"),
                        new DenialRisk(new Rule("DENIAL-MEDICAL-NECESSITY", seed, Confidence.SECONDARY_SOURCE),
                                RiskTrigger.CODED, "medical necessity not shown",
                                "document the conservative therapy that failed"),
                        new DenialRisk(new Rule("DENIAL-MODIFIER-MISUSE", seed, Confidence.SECONDARY_SOURCE),
                                RiskTrigger.BILATERAL, "bilateral modifier misuse",
                                "bill modifier 50 or RT/LT lines exactly as the payer requires, as on these claims"),
                        new DenialRisk(new Rule("DENIAL-PRIMARY-AS-ADD-ON", seed, Confidence.SECONDARY_SOURCE),
                                RiskTrigger.HAS_ADD_ON, "a primary code (e.g. 64493) billed as an add-on",
                                "report the primary code first, then its add-ons on the same claim"),
                        new DenialRisk(new Rule("DENIAL-PAIN-ASSESSMENT", seed, Confidence.SECONDARY_SOURCE),
                                RiskTrigger.CODED, "missing pain assessment",
                                "record a pain or disability scale rating")));
    }
}
