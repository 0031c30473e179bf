package com.facetestimator.tools;

import com.facetestimator.domain.CataloguedRule;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.coding.CoveragePolicy;
import com.facetestimator.domain.coding.CoveragePolicy.Contractor;
import com.facetestimator.domain.coding.CoveragePolicy.DiagnosisList;
import com.facetestimator.domain.coding.NoncoveredLiability;
import com.facetestimator.domain.coding.Rule;
import com.facetestimator.domain.frequency.FrequencyCounter;
import com.facetestimator.domain.frequency.FrequencyPolicy;
import com.facetestimator.domain.locality.LocalityRule;
import com.facetestimator.domain.pricing.PricingRule;
import com.facetestimator.rules.RuleData;
import com.facetestimator.rules.RuleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes docs/RULES.md, the catalogue of every rule the estimator applies, from the rule data
 * itself: the bundled rule files (code families, coverage and frequency policy versions with
 * each MAC's LCD and article) and the rules written in code ({@link PricingRule} and any other
 * {@link CataloguedRule} enum listed in {@link #CODE_RULES}). RulesDocumentTest fails when the
 * committed file differs from what this writes, so the catalogue cannot drift from the rules.
 *
 * <p>{@code ./scripts/rules-doc.sh} runs it; {@code --check} only compares and exits 1 when stale.
 */
public final class RulesDocument {
    public static final Path OUTPUT = Path.of("docs/RULES.md");

    /** The enums of rules written in code, by the heading they are listed under. */
    static final Map<String, List<? extends CataloguedRule>> CODE_RULES = codeRules();

    private RulesDocument() {}

    private static Map<String, List<? extends CataloguedRule>> codeRules() {
        Map<String, List<? extends CataloguedRule>> rules = new LinkedHashMap<>();
        rules.put("Pricing", List.of(PricingRule.values()));
        rules.put("Locality", List.of(LocalityRule.values()));
        return rules;
    }

    public static void main(String[] args) throws IOException {
        String text = render(RuleFiles.bundled());
        if (args.length == 1 && args[0].equals("--check")) {
            boolean current = Files.exists(OUTPUT) && Files.readString(OUTPUT, StandardCharsets.UTF_8).equals(text);
            System.out.println(current ? OUTPUT + " is current" : OUTPUT + " is stale: run ./scripts/rules-doc.sh");
            System.exit(current ? 0 : 1);
        } else if (args.length > 0) {
            System.err.println("usage: rules-doc.sh [--check]");
            System.exit(2);
        }
        Files.writeString(OUTPUT, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + OUTPUT);
    }

    /** The whole document for this rule data. */
    public static String render(RuleData data) {
        StringBuilder md = new StringBuilder();
        md.append("# Rules\n\n");
        md.append("Every rule the estimator applies: its id (the `ruleId` of a finding), what it does, the\n"
                + "source it cites, how firmly that source is known, and when it is in force. Generated from the\n"
                + "rule data by `./scripts/rules-doc.sh` (`src/main/resources/reference/rules/*.json` and the\n"
                + "rules written in code); do not edit it by hand: `RulesDocumentTest` fails when it drifts.\n\n");
        md.append("Confidence: **PRIMARY_SOURCE** read in a primary or payer source; **SECONDARY_SOURCE** read in a\n"
                + "secondary source quoting one; **UNCONFIRMED** recalled, by analogy or not read: surfaced as such in\n"
                + "the response. `{LCD}` and `{ARTICLE}` in a source stand for the LCD and billing article of the MAC\n"
                + "the locality resolves to on the date of service (the MACs are listed with each policy version);\n"
                + "without a locality the LCD family is cited. Code descriptions are the project's own words; no\n"
                + "CPT descriptor text is reproduced here or in the product.\n\n");

        md.append("## Coding: CPT code families\n\n");
        md.append("In force: the CPT code set in use; the table is not dated (T12-L1 with lumbar levels per CGS\n"
                + "billing article A58364, update effective 2025-01-01).\n\n");
        ruleTable(md, data.codeFamilies().rules(), r -> r.citation(), "not dated");
        md.append("\nFamilies: ");
        md.append(data.codeFamilies().families().stream()
                .map(f -> f.id() + " (" + f.primary().code() + ", +" + f.secondLevel().code()
                        + (f.furtherLevels().code().equals(f.secondLevel().code()) ? "" : ", +" + f.furtherLevels().code()) + ")")
                .collect(Collectors.joining("; ")));
        md.append(".\n\n");

        md.append("## Coverage and frequency policies\n\n");
        md.append("A payer profile names a policy by id; the date of service picks the version in force.\n\n");
        ruleTable(md, List.of(data.coverage().versionNotLoaded()), Rule::citation, "every date of service");
        for (CoveragePolicy version : data.coverage().versions()) {
            policyVersion(md, version, frequencyOf(data, version));
        }

        for (Map.Entry<String, List<? extends CataloguedRule>> code : CODE_RULES.entrySet()) {
            md.append("\n## ").append(code.getKey()).append("\n\n");
            md.append("Written in code; in force on every date of service (the data files they read carry their own\n"
                    + "effective periods).\n\n");
            header(md);
            for (CataloguedRule rule : code.getValue()) {
                row(md, rule.id(), rule.does(), rule.citation(), rule.confidence(), "every date of service");
            }
        }
        return md.toString();
    }

    private static Optional<FrequencyPolicy> frequencyOf(RuleData data, CoveragePolicy version) {
        return data.frequency().versions().stream()
                .filter(f -> f.policyId().equals(version.id()) && f.revision().equals(version.revision()))
                .findFirst();
    }

    private static void policyVersion(StringBuilder md, CoveragePolicy v, Optional<FrequencyPolicy> frequency) {
        String period = period(v.effectiveFrom(), v.effectiveTo());
        md.append("\n### ").append(v.id()).append(" rev. ").append(v.revision()).append(": ").append(v.title()).append("\n\n");
        md.append("In force ").append(period).append(". Cited without a locality as: ").append(v.familyCitation()).append(".\n\n");
        frequency.ifPresent(f -> md.append("Frequency: per spinal region per rolling ").append(f.windowMonths()).append(" months, ")
                .append(List.of(FrequencyCounter.values()).stream()
                        .map(c -> f.limit(c) + " " + c.description() + (f.limit(c) == 1 ? " session" : " sessions"))
                        .collect(Collectors.joining(", ")))
                .append("; a diagnostic session less than ").append(f.confirmatoryMinDays())
                .append(" days after the previous one is warned.\n\n"));
        md.append("Covered guidance: ").append(v.coveredGuidance().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .append("; at most ").append(v.maxCoveredLevels()).append(" levels per session.\n\n");

        md.append("| MAC | jurisdiction | contractor numbers | LCD | billing article | in force | KX on diagnostic injections | diagnosis list |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Contractor c : v.contractors()) {
            String dx = c.ownDiagnoses() != null ? c.ownDiagnoses().source()
                    : c.diagnosesAsRead() ? "the policy's, as read for this MAC" : "the policy's, unconfirmed for this MAC";
            md.append("| ").append(cell(c.name())).append(" | ").append(cell(c.jurisdiction())).append(" | ")
                    .append(String.join(", ", new TreeSet<>(c.contractorNumbers()))).append(" | ").append(c.lcd()).append(" | ")
                    .append(c.article() == null ? "none known" : c.article()).append(" | ")
                    .append(period(c.effectiveFrom(), c.effectiveTo())).append(" | ").append(kx(c.kx())).append(" | ")
                    .append(cell(dx)).append(" |\n");
        }
        md.append("\n");

        List<Rule> rules = new ArrayList<>();
        rules.add(v.guidanceRule());
        rules.add(v.levelsRule());
        if (v.kx() != null) {
            rules.addAll(List.of(v.kx().stated(), v.kx().reported(), v.kx().notRead(), v.kx().noLocality(), v.kx().macRule()));
        }
        v.contractors().stream().map(Contractor::noteRule).filter(r -> r != null).forEach(rules::add);
        if (v.priorAuthorization() != null) {
            rules.add(v.priorAuthorization().rule());
        }
        if (v.diagnoses() != null) {
            var dx = v.diagnoses();
            rules.addAll(List.of(dx.notChecked(), dx.notCovered(), dx.otherRegion(), dx.notForRfa(), dx.unconfirmed()));
        }
        frequency.ifPresent(f -> {
            List.of(FrequencyCounter.values()).forEach(c -> rules.add(f.limitRules().get(c)));
            rules.add(f.confirmatoryRule());
        });
        for (NoncoveredLiability l : new java.util.TreeMap<>(v.liabilities()).values()) { // sorted: Map.copyOf has no order
            rules.add(l.withNoticeRule());
            if (l.withoutNoticeRule() != null) {
                rules.add(l.withoutNoticeRule());
            }
        }
        Map<String, Rule> unique = new LinkedHashMap<>();
        rules.forEach(r -> unique.putIfAbsent(r.id(), r));
        ruleTable(md, List.copyOf(unique.values()), r -> v.cite(r, Optional.empty()).citation().equals(r.citation())
                ? r.citation() : r.citation() + " (without a locality: " + v.cite(r, Optional.empty()).citation() + ")", period);

        md.append("\nWho is liable for a non-covered service, by payer type: ");
        md.append(new java.util.TreeMap<>(v.liabilities()).entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue().notice() == NoncoveredLiability.Notice.ABN
                        ? "ABN, modifier " + e.getValue().withNoticeModifier() + " with it, " + e.getValue().withoutNoticeModifier() + " without"
                        : "no ABN and no GA/GZ; a pre-service organization determination is advised"))
                .collect(Collectors.joining("; ")));
        md.append(". Other payer types naming the policy get its criteria and no notice.\n");
        if (v.diagnoses() != null) {
            DiagnosisList list = v.diagnoses().list();
            md.append("\nDiagnoses that support coverage (").append(list.source()).append("): ")
                    .append(String.join(", ", new TreeSet<>(list.codes())));
            md.append(". For injection or aspiration only, never ablation: ")
                    .append(String.join(", ", new TreeSet<>(list.notForRfa()))).append(".\n");
        }
        if (v.priorAuthorization() != null) {
            md.append("\nPrior authorization at ").append(v.priorAuthorization().site()).append(" from ")
                    .append(v.priorAuthorization().effectiveFrom()).append(": ")
                    .append(String.join(", ", new TreeSet<>(v.priorAuthorization().codes()))).append(".\n");
        }
    }

    private static String kx(CoveragePolicy.KxStatement statement) {
        return switch (statement) {
            case STATED -> "added: the billing article states it";
            case BILLING_FIRM -> "added: a billing firm reports it (lower confidence)";
            case NOT_READ -> "not added: no source read, a WARNING says to check the article";
        };
    }

    private static void ruleTable(StringBuilder md, List<Rule> rules, java.util.function.Function<Rule, String> source,
                                  String inForce) {
        header(md);
        for (Rule rule : rules) {
            row(md, rule.id(), rule.summary(), source.apply(rule), rule.confidence(), inForce);
        }
    }

    private static void header(StringBuilder md) {
        md.append("| rule | what it does | source | confidence | in force |\n");
        md.append("|---|---|---|---|---|\n");
    }

    private static void row(StringBuilder md, String id, String does, String citation, Confidence confidence, String inForce) {
        md.append("| `").append(id).append("` | ").append(cell(does)).append(" | ").append(cell(citation)).append(" | ")
                .append(confidence.name()).append(" | ").append(inForce).append(" |\n");
    }

    private static String period(LocalDate from, LocalDate to) {
        return from + " to " + (to == null ? "(open)" : to.toString());
    }

    private static String cell(String text) {
        return text == null || text.isBlank() ? "-" : text.replace("|", "\\|").replace("\n", " ");
    }
}
