package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.OpenApiDocument;
import com.facetestimator.testing.SampleRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The coverage rules end to end through the local server over the emulator: diagnoses in JSON
 * and in a forecast CSV, the MAC's own rules, and a Medicare Advantage plan without the ABN.
 */
class CoverageRulesApiTest {
    private static final Map<String, String> CSV_IN = Map.of("Content-Type", "text/csv");
    private final ApiStack api = ApiStack.shared();

    private JsonNode post(String path, String body, int status) throws IOException {
        HttpResponse<String> response = api.send("POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return OpenApiDocument.JSON.readTree(response.body());
    }

    private static ObjectNode diagnostic(String locality, String... diagnoses) {
        ObjectNode e = SampleRequests.workedExample();
        e.put("purpose", "DIAGNOSTIC");
        if (locality != null) {
            e.put("locality", locality);
        }
        var dx = e.putArray("diagnoses");
        for (String d : diagnoses) {
            dx.add(d);
        }
        return e;
    }

    private static List<String> ruleIds(JsonNode estimate) {
        List<String> ids = new ArrayList<>();
        estimate.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void diagnosesThatDoNotSupportCoverageMakeTheServiceNotCoveredWithAnAbnAdvised() throws IOException {
        JsonNode e = post("/estimates", diagnostic("01182-18", "M54.50").toString(), 200);

        assertThat(ruleIds(e)).contains("LCD-DX-NOT-COVERED");
        assertThat(e.at("/coverage/covered").asBoolean()).isFalse();
        assertThat(e.at("/coverage/abnAdvised").asBoolean()).isTrue();
        assertThat(e.at("/coverage/organizationDeterminationAdvised").asBoolean()).isFalse();
        assertThat(e.at("/reimbursement/payerPays").decimalValue()).isEqualByComparingTo("0");
        assertThat(e.at("/claims/0/lines/0/modifiers").toString()).contains("GZ").doesNotContain("KX");
        assertThat(strings(e.path("sources"))).contains("Facet Joint Interventions LCD (Noridian L38801 rev. 2024-08)")
                .anyMatch(s -> s.contains("A58403") && s.contains("Group 1"));

        JsonNode none = post("/estimates", SampleRequests.workedExample().toString(), 200);
        assertThat(ruleIds(none)).contains("LCD-DX-NOT-CHECKED").doesNotContain("LCD-DX-NOT-COVERED");
    }

    @Test
    void aMalformedOrThirteenthCodeIsA400NamingIt() throws IOException {
        JsonNode bad = post("/estimates", diagnostic(null, "M47.816", "M47816", "m54.5").toString(), 400);
        List<String> fields = new ArrayList<>();
        bad.path("errors").forEach(err -> fields.add(err.path("field").asText()));
        assertThat(fields).containsExactly("diagnoses[1]", "diagnoses[2]");
        assertThat(bad.path("errors").get(0).path("message").asText()).contains("ICD-10-CM");

        String[] thirteen = new String[13];
        java.util.Arrays.fill(thirteen, "M47.816");
        JsonNode tooMany = post("/estimates", diagnostic(null, thirteen).toString(), 400);
        assertThat(tooMany.path("errors").get(0).path("field").asText()).isEqualTo("diagnoses");
    }

    @Test
    void aForecastCsvCellDecodesAsTheJsonArrayAndUnsupportedDiagnosesPutItAtRisk() throws IOException {
        String header = "appointmentId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance,locality,diagnoses";
        String csv = header + "\n"
                + "d1,medicare,OFFICE,2026-03-02,INJECTION,DIAGNOSTIC,L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,01182-18,M54.50;M47.811\n"
                + "d2,medicare,OFFICE,2026-03-02,INJECTION,DIAGNOSTIC,L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,01182-18,M47.816;M54.50\n";
        ObjectNode d1 = diagnostic("01182-18", "M54.50", "M47.811");
        d1.remove("coverage");
        d1.put("appointmentId", "d1");
        ObjectNode d2 = diagnostic("01182-18", "M47.816", "M54.50");
        d2.remove("coverage");
        d2.put("appointmentId", "d2");

        HttpResponse<String> fromCsv = api.send("POST", "/forecasts?detail=true", csv, CSV_IN);
        assertThat(fromCsv.statusCode()).as(fromCsv.body()).isEqualTo(200);
        JsonNode csvForecast = OpenApiDocument.JSON.readTree(fromCsv.body());
        JsonNode jsonForecast = post("/forecasts?detail=true", SampleRequests.forecast(d1, d2).toString(), 200);

        assertThat(csvForecast).isEqualTo(jsonForecast);
        assertThat(csvForecast.path("atRisk")).hasSize(1);
        assertThat(csvForecast.at("/atRisk/0/appointmentId").asText()).isEqualTo("d1");
        assertThat(strings(csvForecast.at("/atRisk/0/reasons"))).contains("DIAGNOSES_NOT_COVERED");

        String badCell = header + "\nd3,medicare,OFFICE,2026-03-02,INJECTION,DIAGNOSTIC,L4-L5,RIGHT,FLUOROSCOPY,,M47.816;M47816\n";
        HttpResponse<String> refused = api.send("POST", "/forecasts", badCell, CSV_IN);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = OpenApiDocument.JSON.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("line 2: diagnoses");
        JsonNode jsonError = post("/estimates", diagnostic(null, "M47.816", "M47816").toString(), 400).path("errors").get(0);
        assertThat(error.path("message").asText()).isEqualTo(jsonError.path("message").asText());
    }

    @Test
    void kxFollowsTheMacOfTheLocality() throws IOException {
        JsonNode firstCoast = post("/estimates", diagnostic("09102-99", "M47.816").toString(), 200);
        JsonNode novitas = post("/estimates", diagnostic("04412-11", "M47.816").toString(), 200);
        JsonNode cgs = post("/estimates", diagnostic("15202-00", "M47.816").toString(), 200);
        JsonNode national = post("/estimates", diagnostic(null, "M47.816").toString(), 200);

        assertThat(firstCoast.at("/claims/0/lines/0/modifiers").toString()).contains("KX");
        assertThat(novitas.at("/claims/0/lines/0/modifiers").toString()).contains("KX");
        assertThat(ruleIds(novitas)).contains("LCD-KX-DIAGNOSTIC-REPORTED");
        assertThat(cgs.at("/claims/0/lines/0/modifiers").toString()).doesNotContain("KX");
        assertThat(ruleIds(cgs)).contains("LCD-KX-CHECK-ARTICLE");
        assertThat(strings(cgs.path("sources"))).contains("Facet Joint Interventions LCD (CGS L38773 rev. 2024-08)",
                "CGS billing article A58364");
        assertThat(ruleIds(national)).contains("LCD-KX-NO-LOCALITY");
    }

    @Test
    void aZipCodeResolvesToItsLocalitysMacBeforeCodingAndTheDiagnosesSurviveIt() throws IOException {
        ObjectNode columbus = diagnostic(null, "M54.50");
        columbus.put("zipCode", "43215"); // CMS ZIP5: locality 15202-00, CGS J15

        JsonNode e = post("/estimates", columbus.toString(), 200);

        assertThat(e.at("/locality/id").asText()).isEqualTo("15202-00");
        assertThat(strings(e.path("sources"))).contains("Facet Joint Interventions LCD (CGS L38773 rev. 2024-08)");
        assertThat(ruleIds(e)).contains("LCD-DX-NOT-COVERED", "LCD-DX-LIST-UNCONFIRMED").doesNotContain("LCD-KX-NO-LOCALITY");
        assertThat(e.at("/coverage/covered").asBoolean()).isFalse();
    }

    @Test
    void aMedicareAdvantagePlanGetsTheLcdCriteriaAndAnOrganizationDeterminationInsteadOfAnAbn() throws IOException {
        ObjectNode threeLevels = SampleRequests.workedExample();
        threeLevels.put("payerId", "sample-medicare-advantage");
        threeLevels.putArray("levels").add("L3-L4").add("L4-L5").add("L5-S1");
        threeLevels.put("abnOnFile", true);

        JsonNode e = post("/estimates", threeLevels.toString(), 200);

        assertThat(ruleIds(e)).contains("LCD-LEVELS-2", "MA-ORGANIZATION-DETERMINATION");
        assertThat(e.at("/coverage/abnAdvised").asBoolean()).isFalse();
        assertThat(e.at("/coverage/organizationDeterminationAdvised").asBoolean()).isTrue();
        e.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("MA-ORGANIZATION-DETERMINATION")) {
                assertThat(f.path("confidence").asText()).isEqualTo("UNCONFIRMED");
                assertThat(f.path("citation").asText()).contains("42 CFR 422.101(b)(6)").contains("422.566");
            }
        });
        e.path("claims").forEach(c -> c.path("lines").forEach(l ->
                assertThat(l.path("modifiers").toString()).doesNotContain("GA").doesNotContain("GZ")));
        assertThat(e.at("/reimbursement/steps").toString()).doesNotContain("(GA)").doesNotContain("(GZ)");
        assertThat(e.at("/reimbursement/providerLiability").decimalValue()).isPositive();

        ObjectNode medicare = threeLevels.deepCopy();
        medicare.put("payerId", "medicare");
        JsonNode original = post("/estimates", medicare.toString(), 200);
        assertThat(original.at("/coverage/abnAdvised").asBoolean()).isTrue();
        assertThat(original.at("/claims/0/lines/2/modifiers").toString()).contains("GA");
    }
}
