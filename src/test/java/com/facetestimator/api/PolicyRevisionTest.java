package com.facetestimator.api;

import static com.facetestimator.api.SessionsFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.api.SessionsFixture.Response;
import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.CodingResult;
import com.facetestimator.domain.coding.FacetLevel;
import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.rules.RuleData;
import com.facetestimator.rules.RuleFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A new LCD revision is a data change: the sessions routes run over a test fixture holding the
 * bundled Medicare facet LCD version (closed on 2026-12-31) and a synthetic later revision from
 * 2027-01-01 that allows 1 ablation session per region per rolling 12 months instead of 2. Dates
 * before the revision keep the old limit, dates from it get the new one, with no code change.
 */
class PolicyRevisionTest {
    private static final String FIXTURE = "fixtures/rules/policies-later-revision.json";
    private static final RuleData REVISED = RuleFiles.load(RuleFiles.CODE_FAMILIES_RESOURCE, FIXTURE);

    private final SessionsFixture api = new SessionsFixture();

    @AfterEach
    void close() {
        try {
            api.assertNoPatientIdLeaked();
        } finally {
            api.close();
        }
    }

    private Response bookRfa(String patient, String sessionId, String date) {
        api.handler = api.handler(api.ledger, 5, REVISED);
        return api.post(patient, session(sessionId, date, "procedure", "RFA", "purpose", null, "requireWithinLimit", true));
    }

    @Test
    void aSecondAblationBeforeTheRevisionIsWithinTheOldLimitOfTwo() {
        String patient = api.newPatient();
        assertThat(bookRfa(patient, "rfa-1", "2026-09-01").status()).isEqualTo(201);

        Response second = bookRfa(patient, "rfa-2", "2026-12-15");

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("frequency").get("limit").asInt()).isEqualTo(2);
        assertThat(second.json().get("frequency").get("exceeded").asBoolean()).isFalse();
    }

    @Test
    void theSameSecondAblationAfterTheRevisionExceedsTheNewLimitOfOneAndCitesTheNewRevision() {
        String patient = api.newPatient();
        assertThat(bookRfa(patient, "rfa-1", "2026-09-01").status()).isEqualTo(201);

        Response second = bookRfa(patient, "rfa-2", "2027-01-15");

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        JsonNode frequency = second.json().get("frequency");
        assertThat(frequency.get("limit").asInt()).isEqualTo(1);
        assertThat(frequency.get("exceeded").asBoolean()).isTrue();
        assertThat(frequency.get("nextEligibleDate").asText()).isEqualTo("2027-09-01");
        JsonNode error = frequency.get("findings").get(0);
        assertThat(error.get("ruleId").asText()).isEqualTo("LCD-FREQ-RFA");
        assertThat(error.get("citation").asText()).contains("rev. 2027-01-01-synthetic");
        assertThat(api.ledger.load(patient).sessions()).hasSize(1);
    }

    @Test
    void theSessionsOverviewNamesTheVersionItCountedAgainst() {
        String patient = api.newPatient();
        assertThat(bookRfa(patient, "rfa-1", "2026-09-01").status()).isEqualTo(201);

        JsonNode before = api.get(patient, Map.of("asOf", "2026-12-31")).json();
        JsonNode after = api.get(patient, Map.of("asOf", "2027-01-01")).json();

        assertThat(before.get("policy").asText()).isEqualTo("MEDICARE-FACET-LCD");
        assertThat(before.get("policyVersion").get("revision").asText()).isEqualTo("2024-08");
        assertThat(before.get("policyVersion").get("effectiveTo").asText()).isEqualTo("2026-12-31");
        assertThat(rfaLimit(before)).isEqualTo(2);
        assertThat(after.get("policyVersion").get("revision").asText()).isEqualTo("2027-01-01-synthetic");
        assertThat(after.get("policyVersion").get("effectiveFrom").asText()).isEqualTo("2027-01-01");
        assertThat(after.get("policyVersion").get("source").asText()).contains("rev. 2027-01-01-synthetic");
        assertThat(rfaLimit(after)).isEqualTo(1);
    }

    @Test
    void theCoverageVersionIsPickedByDateOfServiceAndNamedInTheSources() {
        BillingConventions medicare = new BillingConventions(BilateralStyle.MODIFIER_50_ONE_UNIT,
                BilateralStyle.MODIFIER_50_ONE_UNIT, "MEDICARE-FACET-LCD");
        ProcedureRequest cgs2026 = new ProcedureRequest(SiteOfService.OFFICE, LocalDate.of(2026, 12, 31), Procedure.RFA,
                null, List.of(FacetLevel.L4_L5), Laterality.RIGHT, Guidance.FLUOROSCOPY, "15202-00");

        CodingResult before = REVISED.coding().code(cgs2026, medicare);
        CodingResult after = REVISED.coding().code(new ProcedureRequest(SiteOfService.OFFICE, LocalDate.of(2027, 1, 1),
                Procedure.RFA, null, List.of(FacetLevel.L4_L5), Laterality.RIGHT, Guidance.FLUOROSCOPY, "15202-00"), medicare);

        assertThat(before.sources()).contains("Facet Joint Interventions LCD (CGS L38773 rev. 2024-08)");
        assertThat(after.sources()).contains("Facet Joint Interventions LCD (CGS L38773 rev. 2027-01-01-synthetic)");
    }

    private static int rfaLimit(JsonNode overview) {
        for (JsonNode counter : overview.get("counters")) {
            if (counter.get("region").asText().equals("LUMBAR_SACRAL") && counter.get("counter").asText().equals("RFA")) {
                return counter.get("limit").asInt();
            }
        }
        throw new AssertionError("no lumbar RFA counter in " + overview);
    }
}
