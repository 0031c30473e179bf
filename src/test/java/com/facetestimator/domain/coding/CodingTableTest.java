package com.facetestimator.domain.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per case the CPT families and the LCDs distinguish: family (fluoroscopy, CT, ultrasound
 * injection; RFA), region (cervical, thoracic, lumbar, T12-L1 alone, T12-L1 with lumbar),
 * 1, 2, 3 and 5 levels, unilateral and bilateral in each style, each site. No coverage policy
 * here (see CoverageFindingsTest), so every line is covered and has no KX.
 *
 * <p>Claims are written as [+]code-modifiers x units; "+" marks an add-on; "-" means no such
 * claim; "none" means no claims at all.
 */
class CodingTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                               | proc      | purpose     | guidance    | levels                          | side      | site   | prof style            | facility style        | region            | professional claim                                          | facility claim
        seed: right L4-L5                    | INJECTION | THERAPEUTIC | FLUOROSCOPY | L4-L5                           | RIGHT     | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 64493-RTx1                                                  | -
        lumbar 2 levels bilateral office     | INJECTION | THERAPEUTIC | FLUOROSCOPY | L4-L5 L5-S1                     | BILATERAL | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 64493-50x1 +64494-50x1                                      | -
        lumbar 3 levels CT left HOPD         | INJECTION | DIAGNOSTIC  | CT          | L3-L4 L4-L5 L5-S1               | LEFT      | HOPD   | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 64493-LTx1 +64494-LTx1 +64495-LTx1                          | 64493-LTx1 +64494-LTx1 +64495-LTx1
        lumbar 5 levels bilateral 50x2 HOPD  | INJECTION | THERAPEUTIC | FLUOROSCOPY | L1-L2 L2-L3 L3-L4 L4-L5 L5-S1   | BILATERAL | HOPD   | MODIFIER_50_TWO_UNITS | MODIFIER_50_TWO_UNITS | LUMBAR_SACRAL     | 64493-50x2 +64494-50x2 +64495-50x2                          | 64493-50x2 +64494-50x2 +64495-50x2
        lumbar 5 levels unilateral ASC       | INJECTION | DIAGNOSTIC  | FLUOROSCOPY | L5-S1 L1-L2 L3-L4 L2-L3 L4-L5   | RIGHT     | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | LUMBAR_SACRAL     | 64493-RTx1 +64494-RTx1 +64495-RTx1                          | 64493-RTx1 +64494-RTx1 +64495-RTx1
        cervical 1 level CT left ASC         | INJECTION | DIAGNOSTIC  | CT          | C5-C6                           | LEFT      | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | CERVICAL_THORACIC | 64490-LTx1                                                  | 64490-LTx1
        cervical 1 level bilateral ASC RT/LT | INJECTION | DIAGNOSTIC  | FLUOROSCOPY | C5-C6                           | BILATERAL | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | CERVICAL_THORACIC | 64490-50x1                                                  | 64490-RTx1 64490-LTx1
        cervical 3 levels bilateral ASC      | INJECTION | THERAPEUTIC | FLUOROSCOPY | C3-C4 C4-C5 C5-C6               | BILATERAL | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | CERVICAL_THORACIC | 64490-50x1 +64491-50x1 +64492-50x1                          | 64490-RTx1 64490-LTx1 +64491-RTx1 +64491-LTx1 +64492-RTx1 +64492-LTx1
        thoracic 2 levels right HOPD         | INJECTION | THERAPEUTIC | FLUOROSCOPY | T4-T5 T5-T6                     | RIGHT     | HOPD   | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64490-RTx1 +64491-RTx1                                      | 64490-RTx1 +64491-RTx1
        thoracic 5 levels CT bilateral 50x2  | INJECTION | DIAGNOSTIC  | CT          | T1-T2 T2-T3 T3-T4 T4-T5 T5-T6   | BILATERAL | OFFICE | MODIFIER_50_TWO_UNITS | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64490-50x2 +64491-50x2 +64492-50x2                          | -
        cervical with thoracic is one region | INJECTION | THERAPEUTIC | FLUOROSCOPY | C7-T1 T1-T2                     | LEFT      | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64490-LTx1 +64491-LTx1                                      | -
        ultrasound cervical 1 level          | INJECTION | DIAGNOSTIC  | ULTRASOUND  | C2-C3                           | RIGHT     | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 0213T-RTx1                                                  | -
        ultrasound cerv/thor 3 bilateral ASC | INJECTION | THERAPEUTIC | ULTRASOUND  | C7-T1 T1-T2 T2-T3               | BILATERAL | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | CERVICAL_THORACIC | 0213T-50x1 +0214T-50x1 +0215T-50x1                          | 0213T-RTx1 0213T-LTx1 +0214T-RTx1 +0214T-LTx1 +0215T-RTx1 +0215T-LTx1
        ultrasound lumbar 2 levels HOPD      | INJECTION | THERAPEUTIC | ULTRASOUND  | L4-L5 L5-S1                     | LEFT      | HOPD   | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 0216T-LTx1 +0217T-LTx1                                      | 0216T-LTx1 +0217T-LTx1
        ultrasound lumbar 5 bilateral RT/LT  | INJECTION | DIAGNOSTIC  | ULTRASOUND  | L1-L2 L2-L3 L3-L4 L4-L5 L5-S1   | BILATERAL | OFFICE | RT_LT_LINES           | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 0216T-RTx1 0216T-LTx1 +0217T-RTx1 +0217T-LTx1 +0218T-RTx1 +0218T-LTx1 | -
        RFA lumbar 1 joint right ASC         | RFA       |             | FLUOROSCOPY | L4-L5                           | RIGHT     | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | LUMBAR_SACRAL     | 64635-RTx1                                                  | 64635-RTx1
        RFA lumbar 2 joints bilateral ASC    | RFA       | THERAPEUTIC | FLUOROSCOPY | L4-L5 L5-S1                     | BILATERAL | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | LUMBAR_SACRAL     | 64635-50x1 +64636-50x1                                      | 64635-RTx1 64635-LTx1 +64636-RTx1 +64636-LTx1
        RFA lumbar 3 joints CT bilateral HOPD| RFA       |             | CT          | L3-L4 L4-L5 L5-S1               | BILATERAL | HOPD   | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 64635-50x1 +64636-50x2                                      | 64635-50x1 +64636-50x2
        RFA lumbar 5 joints bilateral 50x2   | RFA       |             | FLUOROSCOPY | L1-L2 L2-L3 L3-L4 L4-L5 L5-S1   | BILATERAL | OFFICE | MODIFIER_50_TWO_UNITS | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 64635-50x2 +64636-50x8                                      | -
        RFA cervical 5 joints RT/LT lines    | RFA       |             | FLUOROSCOPY | C2-C3 C3-C4 C4-C5 C5-C6 C6-C7   | BILATERAL | OFFICE | RT_LT_LINES           | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64633-RTx1 64633-LTx1 +64634-RTx4 +64634-LTx4               | -
        RFA thoracic 2 joints left HOPD      | RFA       |             | CT          | T9-T10 T10-T11                  | LEFT      | HOPD   | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64633-LTx1 +64634-LTx1                                      | 64633-LTx1 +64634-LTx1
        T12-L1 alone                         | INJECTION | DIAGNOSTIC  | FLUOROSCOPY | T12-L1                          | RIGHT     | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64490-RTx1                                                  | -
        T12-L1 with thoracic                 | INJECTION | DIAGNOSTIC  | FLUOROSCOPY | T12-L1 T11-T12                  | RIGHT     | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64490-RTx1 +64491-RTx1                                      | -
        RFA T12-L1 alone bilateral           | RFA       |             | FLUOROSCOPY | T12-L1                          | BILATERAL | HOPD   | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | 64633-50x1                                                  | 64633-50x1
        T12-L1 + L1-L2 bilateral ASC         | INJECTION | THERAPEUTIC | FLUOROSCOPY | L1-L2 T12-L1                    | BILATERAL | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | LUMBAR_SACRAL     | 64490-50x1 +64494-50x1                                      | 64490-RTx1 64490-LTx1 +64494-RTx1 +64494-LTx1
        T12-L1 + 2 lumbar levels             | INJECTION | DIAGNOSTIC  | CT          | T12-L1 L1-L2 L2-L3              | LEFT      | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 64490-LTx1 +64494-LTx1 +64495-LTx1                          | -
        RFA T12-L1 + 2 lumbar joints         | RFA       |             | FLUOROSCOPY | T12-L1 L1-L2 L2-L3              | RIGHT     | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | LUMBAR_SACRAL     | 64633-RTx1 +64636-RTx2                                      | 64633-RTx1 +64636-RTx2
        ultrasound T12-L1 + L1-L2            | INJECTION | DIAGNOSTIC  | ULTRASOUND  | T12-L1 L1-L2                    | RIGHT     | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | 0213T-RTx1 +0217T-RTx1                                      | -
        injection without guidance           | INJECTION | THERAPEUTIC | NONE        | L4-L5                           | RIGHT     | ASC    | MODIFIER_50_ONE_UNIT  | RT_LT_LINES           | LUMBAR_SACRAL     | none                                                        | none
        RFA under ultrasound                 | RFA       |             | ULTRASOUND  | L4-L5 L5-S1                     | BILATERAL | HOPD   | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | LUMBAR_SACRAL     | none                                                        | none
        RFA without guidance                 | RFA       |             | NONE        | C5-C6                           | LEFT      | OFFICE | MODIFIER_50_ONE_UNIT  | MODIFIER_50_ONE_UNIT  | CERVICAL_THORACIC | none                                                        | none
        """)
    void codesEachCase(String name, Procedure procedure, Purpose purpose, Guidance guidance, String levels,
                       Laterality laterality, SiteOfService site, BilateralStyle professionalStyle,
                       BilateralStyle facilityStyle, SpinalRegion region, String professional, String facility) {
        ProcedureRequest request = new ProcedureRequest(site, LocalDate.of(2026, 3, 2), procedure, purpose,
                ClaimText.levels(levels.split(" ")), laterality, guidance, null);
        CodingResult result = com.facetestimator.rules.RuleFiles.bundled().coding()
                .code(request, new BillingConventions(professionalStyle, facilityStyle, null));

        assertThat(result.region()).isEqualTo(region);
        assertThat(result.coverage()).isEqualTo(new CoverageDetermination(true, false, false));
        if (professional.equals("none")) {
            assertThat(result.claims()).isEmpty();
            assertThat(result.findings()).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(com.facetestimator.domain.Finding.Severity.ERROR));
            return;
        }
        assertThat(result.claims()).extracting(Claim::type).first().isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(ClaimText.render(result, ClaimType.PROFESSIONAL)).isEqualTo(professional);
        assertThat(ClaimText.render(result, ClaimType.FACILITY)).isEqualTo(facility);
        assertThat(result.claims()).hasSize(site == SiteOfService.OFFICE ? 1 : 2);
        assertThat(result.levels()).isSorted();
    }
}
