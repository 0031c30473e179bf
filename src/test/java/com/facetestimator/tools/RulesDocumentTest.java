package com.facetestimator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.CataloguedRule;
import com.facetestimator.domain.coding.CoveragePolicy;
import com.facetestimator.domain.coding.Rule;
import com.facetestimator.rules.RuleData;
import com.facetestimator.rules.RuleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/RULES.md is what the rule data says, and lists every rule id the estimator can report. */
class RulesDocumentTest {
    private static final RuleData DATA = RuleFiles.bundled();

    @Test
    void theCommittedCatalogueIsCurrent() throws IOException {
        String committed = Files.readString(RulesDocument.OUTPUT, StandardCharsets.UTF_8);

        assertThat(committed).as("docs/RULES.md drifted from the rule data: run ./scripts/rules-doc.sh")
                .isEqualTo(RulesDocument.render(DATA));
    }

    @Test
    void everyRuleIdOfTheDataAndTheCodeIsListedWithItsSourceAndConfidence() {
        String md = RulesDocument.render(DATA);
        List<String> ids = new ArrayList<>();
        DATA.codeFamilies().rules().forEach(r -> ids.add(r.id()));
        ids.add(DATA.coverage().versionNotLoaded().id());
        for (CoveragePolicy v : DATA.coverage().versions()) {
            ids.addAll(List.of(v.guidanceRule().id(), v.levelsRule().id(), v.kx().stated().id(), v.kx().notRead().id(),
                    v.diagnoses().notCovered().id(), v.priorAuthorization().rule().id()));
            v.liabilities().values().forEach(l -> ids.add(l.withNoticeRule().id()));
        }
        DATA.frequency().versions().forEach(f -> f.limitRules().values().forEach(r -> ids.add(r.id())));
        RulesDocument.CODE_RULES.values().forEach(list -> list.forEach(r -> ids.add(r.id())));
        assertThat(ids).contains("CPT-T12L1-WITH-LUMBAR", "LCD-DX-NOT-COVERED", "LCD-FREQ-RFA", "PAY-FEES-CARRIED-FORWARD",
                "NCCI-MUE", "MA-ORGANIZATION-DETERMINATION");
        for (String id : ids) {
            assertThat(md).as(id).containsPattern("\\| `" + Pattern.quote(id) + "` \\| [^|]+ \\| .+ \\| (PRIMARY_SOURCE|SECONDARY_SOURCE|UNCONFIRMED) \\| ");
        }
        for (List<? extends CataloguedRule> rules : RulesDocument.CODE_RULES.values()) {
            assertThat(rules).allSatisfy(r -> assertThat(r.does()).isNotBlank());
        }
    }

    @Test
    void itStatesEffectivePeriodsTheMacsAndNoDocumentOrCodeDescriptorText() {
        String md = RulesDocument.render(DATA);

        assertThat(md).contains("MEDICARE-FACET-LCD rev. 2024-08").contains("In force 2021-04-25 to (open)")
                .contains("| Noridian | JF | 02102, 02202").contains("2021-04-25 to 2026-04-15").contains("2026-04-16 to (open)")
                .contains("M47.816").contains("not added: no source read");
        // The project's own code descriptions stay in the product; the catalogue carries no descriptor text at all.
        DATA.codeFamilies().families().forEach(f -> assertThat(md).doesNotContain(f.primary().description()));
        assertThat(md).doesNotContainPattern("FACET-RULES|shared/|[Ss]eed article|API\\.md");
        assertThat(DATA.codeFamilies().rules()).extracting(Rule::summary).allSatisfy(s -> assertThat(s).isNotBlank());
    }
}
