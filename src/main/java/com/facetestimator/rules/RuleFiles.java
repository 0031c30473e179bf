package com.facetestimator.rules;

import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.coding.CodeFamilyTable;
import com.facetestimator.domain.coding.CodeFamilyTable.CodeFamily;
import com.facetestimator.domain.coding.CodeFamilyTable.CodeSpec;
import com.facetestimator.domain.coding.CodeFamilyTable.FurtherUnits;
import com.facetestimator.domain.coding.CodeFamilyTable.Junction;
import com.facetestimator.domain.coding.CodeFamilyTable.NoCode;
import com.facetestimator.domain.coding.CoveragePolicy;
import com.facetestimator.domain.coding.CoveragePolicy.Contractor;
import com.facetestimator.domain.coding.CoveragePolicy.DiagnosisList;
import com.facetestimator.domain.coding.CoveragePolicy.DiagnosisRequirement;
import com.facetestimator.domain.coding.CoveragePolicy.DocumentationItem;
import com.facetestimator.domain.coding.CoveragePolicy.Indication;
import com.facetestimator.domain.coding.CoveragePolicy.KxRequirement;
import com.facetestimator.domain.coding.CoveragePolicy.KxStatement;
import com.facetestimator.domain.coding.CoveragePolicy.PriorAuthorization;
import com.facetestimator.domain.coding.CoveragePolicyTable;
import com.facetestimator.domain.coding.CoveragePolicyTable.ChecklistItem;
import com.facetestimator.domain.coding.CoveragePolicyTable.ChecklistTrigger;
import com.facetestimator.domain.coding.DiagnosisCodes;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.NoncoveredLiability;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.Rule;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.coding.SpinalRegion;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.FrequencyPolicies;
import com.facetestimator.domain.frequency.FrequencyPolicy;
import com.facetestimator.domain.pricing.PayerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the rule files bundled under {@code reference/rules/} (the code-family table and the
 * coverage and frequency policy versions) into the domain's tables, through their validating
 * constructors. An adapter: the domain knows nothing of JSON or resources. Read once per
 * container ({@link #bundled()} caches); a malformed file fails the load naming the resource and
 * the JSON path, so a bad revision never reaches a response.
 */
public final class RuleFiles {
    public static final String CODE_FAMILIES_RESOURCE = "reference/rules/code-families.json";
    public static final String POLICIES_RESOURCE = "reference/rules/policies.json";

    private static final Set<String> RULE_FIELDS = Set.of("id", "does", "citation", "confidence");

    private RuleFiles() {}

    /** The bundled rule data, read on first use and kept for the container's life. */
    public static RuleData bundled() {
        return Bundled.DATA;
    }

    private static final class Bundled {
        static final RuleData DATA = load(CODE_FAMILIES_RESOURCE, POLICIES_RESOURCE);
    }

    /** Reads two classpath resources (a test can point at a fixture with a later revision). */
    public static RuleData load(String codeFamiliesResource, String policiesResource) {
        // No lambdas on this path: it runs in every cold start, where each lambda class costs its spin-up.
        CodeFamilyTable families;
        try {
            families = codeFamilies(read(codeFamiliesResource));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(codeFamiliesResource, e);
        }
        try {
            return new RuleData(families, policies(read(policiesResource)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(policiesResource, e);
        }
    }

    /** A domain constructor's complaint about the data, reported with the resource it came from. */
    private static IllegalStateException invalid(String resource, RuntimeException e) {
        return new IllegalStateException(resource + ": " + e.getMessage(), e);
    }

    private static RuleJson read(String resource) {
        try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing");
            }
            return RuleJson.parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    // ---- rules ------------------------------------------------------------------------------

    private static Map<String, Rule> rules(RuleJson json) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (RuleJson r : json.objects("rules")) {
            r.onlyKnown(RULE_FIELDS);
            Rule rule = new Rule(r.string("id"), r.string("citation"), r.enumValue("confidence", Confidence.class),
                    r.string("does"));
            if (rules.put(rule.id(), rule) != null) {
                throw r.error("id", "'" + rule.id() + "' is listed twice");
            }
        }
        return rules;
    }

    private static Rule rule(RuleJson json, String field, Map<String, Rule> rules) {
        String id = json.string(field);
        Rule rule = rules.get(id);
        if (rule == null) {
            throw json.error(field, "names rule '" + id + "', which the file's rules do not list");
        }
        return rule;
    }

    // ---- code families ----------------------------------------------------------------------

    private static CodeFamilyTable codeFamilies(RuleJson json) {
        json.onlyKnown(Set.of("rules", "families", "noCodes"));
        Map<String, Rule> rules = rules(json);
        List<CodeFamily> families = new ArrayList<>();
        for (RuleJson f : json.objects("families")) {
            f.onlyKnown(Set.of("id", "procedure", "guidance", "region", "regionWords", "primary", "secondLevel",
                    "furtherLevels", "furtherUnits", "familyRule", "furtherUnitsRule", "junction"));
            RuleJson junction = f.optionalObject("junction");
            families.add(new CodeFamily(f.string("id"), f.enumValue("procedure", Procedure.class),
                    Set.copyOf(f.enums("guidance", Guidance.class)), f.enumValue("region", SpinalRegion.class),
                    f.string("regionWords"), code(f.object("primary"), false), code(f.object("secondLevel"), true),
                    f.has("furtherLevels") ? code(f.object("furtherLevels"), true) : null,
                    f.enumValue("furtherUnits", FurtherUnits.class), rule(f, "familyRule", rules),
                    rule(f, "furtherUnitsRule", rules),
                    junction == null ? null : new Junction(code(junction.object("primary"), false), rule(junction, "rule", rules))));
        }
        List<NoCode> noCodes = new ArrayList<>();
        for (RuleJson n : json.objects("noCodes")) {
            n.onlyKnown(Set.of("procedure", "guidance", "rule", "message"));
            noCodes.add(new NoCode(n.enumValue("procedure", Procedure.class), Set.copyOf(n.enums("guidance", Guidance.class)),
                    rule(n, "rule", rules), n.string("message")));
        }
        return new CodeFamilyTable(families, noCodes, List.copyOf(rules.values()));
    }

    private static CodeSpec code(RuleJson json, boolean addOn) {
        json.onlyKnown(Set.of("code", "description"));
        return new CodeSpec(json.string("code"), addOn, json.string("description"));
    }

    // ---- policies ---------------------------------------------------------------------------

    private static RuleData.Policies policies(RuleJson json) {
        json.onlyKnown(Set.of("countersPolicyId", "rules", "versionNotLoadedRule", "generalDocumentation", "policies"));
        Map<String, Rule> tableRules = rules(json);
        List<ChecklistItem> general = new ArrayList<>();
        for (RuleJson item : json.objects("generalDocumentation")) {
            item.onlyKnown(Set.of("text", "appliesTo"));
            general.add(new ChecklistItem(item.string("text"), item.enumValue("appliesTo", ChecklistTrigger.class)));
        }
        List<CoveragePolicy> coverage = new ArrayList<>();
        List<FrequencyPolicy> frequency = new ArrayList<>();
        Map<String, Map<String, NoncoveredLiability>> liabilities = new HashMap<>();
        for (RuleJson v : json.objects("policies")) {
            v.onlyKnown(Set.of("policyId", "revision", "effectiveFrom", "effectiveTo", "title", "familyCitation", "note",
                    "contractors", "rules", "coverage", "frequency", "liability"));
            Map<String, Rule> rules = rules(v);
            Map<String, NoncoveredLiability> liability = liabilities(v.object("liability"), rules);
            if (v.has("coverage")) {
                coverage.add(coveragePolicy(v, v.object("coverage"), rules, liability));
            }
            if (v.has("frequency")) {
                FrequencyPolicy version = frequencyPolicy(v, v.object("frequency"), rules);
                frequency.add(version);
                liabilities.put(version.versionLabel(), liability);
            }
        }
        return new RuleData.Policies(
                new CoveragePolicyTable(coverage, general, rule(json, "versionNotLoadedRule", tableRules)),
                new FrequencyPolicies(frequency, liabilities, json.string("countersPolicyId")));
    }

    private static CoveragePolicy coveragePolicy(RuleJson v, RuleJson c, Map<String, Rule> rules,
                                                 Map<String, NoncoveredLiability> liability) {
        c.onlyKnown(Set.of("coveredGuidance", "guidanceRule", "maxCoveredLevels", "levelsRule", "levelsNote", "kx",
                "priorAuthorization", "diagnoses", "documentation"));
        RuleJson kx = c.optionalObject("kx");
        KxRequirement kxRequirement = null;
        if (kx != null) {
            kx.onlyKnown(Set.of("appliesTo", "statedRule", "reportedRule", "notReadRule", "noLocalityRule", "macRule"));
            kxRequirement = new KxRequirement(Set.copyOf(kx.enums("appliesTo", Indication.class)), rule(kx, "statedRule", rules),
                    rule(kx, "reportedRule", rules), rule(kx, "notReadRule", rules), rule(kx, "noLocalityRule", rules),
                    rule(kx, "macRule", rules));
        }
        RuleJson pa = c.optionalObject("priorAuthorization");
        PriorAuthorization priorAuthorization = null;
        if (pa != null) {
            pa.onlyKnown(Set.of("site", "effectiveFrom", "rule", "codes"));
            priorAuthorization = new PriorAuthorization(pa.enumValue("site", SiteOfService.class), pa.date("effectiveFrom"),
                    Set.copyOf(pa.strings("codes")), rule(pa, "rule", rules));
        }
        RuleJson dx = c.optionalObject("diagnoses");
        DiagnosisRequirement diagnoses = null;
        if (dx != null) {
            dx.onlyKnown(Set.of("source", "codes", "notForRfa", "notCheckedRule", "notCoveredRule", "regionRule",
                    "notForRfaRule", "unconfirmedRule"));
            diagnoses = new DiagnosisRequirement(diagnosisList(dx), rule(dx, "notCheckedRule", rules),
                    rule(dx, "notCoveredRule", rules), rule(dx, "regionRule", rules), rule(dx, "notForRfaRule", rules),
                    rule(dx, "unconfirmedRule", rules));
        }
        List<DocumentationItem> documentation = new ArrayList<>();
        for (RuleJson d : c.objects("documentation")) {
            d.onlyKnown(Set.of("text", "appliesTo"));
            documentation.add(new DocumentationItem(d.string("text"), EnumSet.copyOf(d.enums("appliesTo", Indication.class))));
        }
        List<Contractor> contractors = new ArrayList<>();
        for (RuleJson m : v.objects("contractors")) {
            m.onlyKnown(Set.of("mac", "jurisdiction", "contractorNumbers", "lcd", "article", "effectiveFrom", "effectiveTo",
                    "kx", "diagnosesAsRead", "diagnoses", "note", "noteRule"));
            RuleJson own = m.optionalObject("diagnoses");
            contractors.add(new Contractor(m.string("mac"), m.string("jurisdiction"),
                    Set.copyOf(m.strings("contractorNumbers")), m.string("lcd"), m.optionalString("article"),
                    m.date("effectiveFrom"), m.optionalDate("effectiveTo"), m.enumValue("kx", KxStatement.class),
                    m.bool("diagnosesAsRead"), own == null ? null : diagnosisList(own), m.optionalString("note"),
                    m.has("noteRule") ? rule(m, "noteRule", rules) : null));
        }
        KxRequirement kxFinal = kxRequirement;
        PriorAuthorization paFinal = priorAuthorization;
        DiagnosisRequirement dxFinal = diagnoses;
        return new CoveragePolicy(v.string("policyId"), v.string("revision"), v.date("effectiveFrom"),
                v.optionalDate("effectiveTo"), v.string("title"), v.string("familyCitation"), contractors,
                Set.copyOf(c.enums("coveredGuidance", Guidance.class)), rule(c, "guidanceRule", rules),
                c.integer("maxCoveredLevels"), rule(c, "levelsRule", rules), c.optionalString("levelsNote"),
                kxFinal, paFinal, dxFinal, documentation, liability);
    }

    private static DiagnosisList diagnosisList(RuleJson dx) {
        List<String> codes = dx.strings("codes");
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!DiagnosisCodes.isWellFormed(codes.get(i))) {
                throw dx.error("codes[" + i + "]", "'" + codes.get(i) + "' is not an ICD-10-CM code");
            }
            if (!unique.add(codes.get(i))) {
                throw dx.error("codes[" + i + "]", "'" + codes.get(i) + "' is listed twice");
            }
        }
        return new DiagnosisList(dx.string("source"), Set.copyOf(codes), Set.copyOf(dx.optionalStrings("notForRfa")));
    }

    private static FrequencyPolicy frequencyPolicy(RuleJson v, RuleJson f, Map<String, Rule> rules) {
        f.onlyKnown(Set.of("limits", "limitRules", "windowMonths", "confirmatoryMinDays", "confirmatoryRule"));
        Map<FrequencyCounter, Integer> limits = new EnumMap<>(FrequencyCounter.class);
        Map<FrequencyCounter, Rule> limitRules = new EnumMap<>(FrequencyCounter.class);
        RuleJson l = f.object("limits");
        RuleJson lr = f.object("limitRules");
        l.onlyKnown(names(FrequencyCounter.class));
        lr.onlyKnown(names(FrequencyCounter.class));
        for (FrequencyCounter counter : FrequencyCounter.values()) {
            limits.put(counter, l.integer(counter.name()));
            limitRules.put(counter, rule(lr, counter.name(), rules));
        }
        String source = v.string("familyCitation");
        // Frequency findings cite the family: a session's counters do not depend on the locality.
        Map<FrequencyCounter, Rule> cited = new EnumMap<>(FrequencyCounter.class);
        for (Map.Entry<FrequencyCounter, Rule> e : limitRules.entrySet()) {
            cited.put(e.getKey(), e.getValue().cited(source, source, source));
        }
        return new FrequencyPolicy(v.string("policyId"), v.string("revision"), v.date("effectiveFrom"),
                v.optionalDate("effectiveTo"), source, limits, cited, f.integer("windowMonths"),
                f.integer("confirmatoryMinDays"), rule(f, "confirmatoryRule", rules).cited(source, source, source), null);
    }

    private static Map<String, NoncoveredLiability> liabilities(RuleJson json, Map<String, Rule> rules) {
        json.onlyKnown(names(PayerType.class));
        Map<String, NoncoveredLiability> byType = new LinkedHashMap<>();
        for (String type : json.names()) {
            RuleJson l = json.object(type);
            l.onlyKnown(Set.of("notice", "withNoticeModifier", "withoutNoticeModifier", "withNoticeRule", "withoutNoticeRule", "rule"));
            NoncoveredLiability.Notice notice = l.enumValue("notice", NoncoveredLiability.Notice.class);
            byType.put(type, notice == NoncoveredLiability.Notice.ABN
                    ? new NoncoveredLiability(notice, l.string("withNoticeModifier"), l.string("withoutNoticeModifier"),
                            rule(l, "withNoticeRule", rules), rule(l, "withoutNoticeRule", rules))
                    : new NoncoveredLiability(notice, null, null, rule(l, "rule", rules), null));
        }
        return byType;
    }

    private static <E extends Enum<E>> Set<String> names(Class<E> type) {
        Set<String> names = new HashSet<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return names;
    }
}
