package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.CmsFiles;
import com.facetestimator.testing.CmsFiles.Gpci;
import com.facetestimator.testing.CmsFiles.Rvu;
import com.facetestimator.testing.OpenApiDocument;
import com.facetestimator.testing.SampleRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a service is priced, through the local server and the emulator: every locality of the
 * 2025 and 2026 GPCI files priced by the PFS formula worked out here from the raw files, ZIP
 * codes through CMS's ZIP5 file, GET /localities, and each unknown, malformed or disagreeing
 * input refused with the field named.
 */
class LocalitiesApiTest {
    private static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.shared();
    }

    /** One right-side L4-L5 therapeutic injection: a single 64493 line priced at one fee schedule amount. */
    private static ObjectNode oneLevel(String site, String date) {
        ObjectNode a = SampleRequests.workedExample();
        a.put("siteOfService", site);
        a.put("dateOfService", date);
        a.putArray("levels").add("L4-L5");
        a.put("laterality", "RIGHT");
        return a;
    }

    @Test
    void everyLocalityOf2025And2026IsPricedByThePfsFormulaToTheCent() throws IOException {
        record Case(Path gpci, Path rvu, String date, boolean floored) {}
        List<Case> cases = List.of(
                new Case(CmsFiles.GPCI_2025, CmsFiles.RVU_2025, "2025-06-02", true),
                new Case(CmsFiles.GPCI_2026, CmsFiles.RVU_2026, "2026-01-15", true),   // the 1.0 work floor, through 2026-01-31
                new Case(CmsFiles.GPCI_2026, CmsFiles.RVU_2026, "2026-03-02", false));
        List<String> wrong = new ArrayList<>();
        int priced = 0;
        for (Case c : cases) {
            Rvu rvu = CmsFiles.rvu(c.rvu(), "64493");
            List<Gpci> localities = CmsFiles.gpcis(c.gpci());
            assertThat(localities).as(c.gpci() + " localities").hasSize(109);
            for (Gpci g : localities) {
                for (String site : List.of("OFFICE", "ASC")) {
                    BigDecimal expected = rvu.amount(c.floored() ? g.work() : g.workWithoutFloor(), g.pe(), g.mp(), site.equals("ASC"));
                    ObjectNode request = oneLevel(site, c.date());
                    request.put("locality", g.id());
                    JsonNode e = ok(api.send("POST", "/estimates", request.toString()));
                    JsonNode line = e.at("/claims/0/lines/0");
                    BigDecimal allowed = line.path("allowed").decimalValue();
                    if (!line.path("code").asText().equals("64493") || allowed.compareTo(expected) != 0
                            || !e.at("/locality/id").asText().equals(g.id()) || !e.at("/locality/from").asText().equals("locality")) {
                        wrong.add(c.date() + " " + site + " " + g.id() + ": expected " + expected + " got " + line);
                    }
                    priced++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(priced).isEqualTo(3 * 109 * 2);
    }

    @Test
    void theWorkFloorIsVisibleWhereItMatters() throws IOException {
        // Alabama's 2026 work GPCI is 0.988 without the floor: January and March differ.
        ObjectNode january = oneLevel("OFFICE", "2026-01-15");
        january.put("locality", "10112-00");
        ObjectNode march = oneLevel("OFFICE", "2026-03-02");
        march.put("locality", "10112-00");
        assertThat(allowed(ok(api.send("POST", "/estimates", january.toString()))))
                .isGreaterThan(allowed(ok(api.send("POST", "/estimates", march.toString()))));
    }

    @Test
    void anUnknownLocalityIsRefusedNamingItInEstimatesForecastsAndTheFeeListing() throws IOException {
        ObjectNode estimate = oneLevel("OFFICE", "2026-03-02");
        estimate.put("locality", "01112-98");
        assertProblem(api.send("POST", "/estimates", estimate.toString()), 400, "locality");

        ObjectNode good = SampleRequests.forecastAppointment("a1", null, "2026-03-02");
        ObjectNode bad = SampleRequests.forecastAppointment("a2", null, "2026-03-02");
        bad.put("locality", "01112-98");
        assertProblem(api.send("POST", "/forecasts", SampleRequests.forecast(good, bad).toString()), 400, "appointments[1].locality");

        assertProblem(api.send("GET", "/payers/medicare/fees?site=OFFICE&date=2026-03-02&locality=01112-98", null), 400, "locality");
        ok(api.send("GET", "/payers/medicare/fees?site=OFFICE&date=2026-03-02&locality=13202-01", null));
    }

    @Test
    void aZipCodeIsPricedInItsZip5Locality() throws IOException {
        Gpci manhattan = CmsFiles.gpcis(CmsFiles.GPCI_2026).stream().filter(g -> g.id().equals("13202-01")).findFirst().orElseThrow();
        assertThat(CmsFiles.zips()).filteredOn(z -> z.zipCode().equals("10016")).extracting(CmsFiles.Zip::localityId)
                .containsExactly("13202-01");
        Rvu rvu = CmsFiles.rvu(CmsFiles.RVU_2026, "64493");

        ObjectNode request = oneLevel("OFFICE", "2026-03-02");
        request.put("zipCode", "10016");
        JsonNode e = ok(api.send("POST", "/estimates", request.toString()));
        assertThat(e.path("locality").path("id").asText()).isEqualTo("13202-01");
        assertThat(e.path("locality").path("name").asText()).isEqualTo(manhattan.name());
        assertThat(e.path("locality").path("from").asText()).isEqualTo("zipCode");
        assertThat(allowed(e)).isEqualByComparingTo(rvu.amount(manhattan.workWithoutFloor(), manhattan.pe(), manhattan.mp(), false));

        request.put("locality", "13202-01"); // both, agreeing
        assertThat(ok(api.send("POST", "/estimates", request.toString())).at("/locality/from").asText()).isEqualTo("zipCode");

        ObjectNode national = oneLevel("OFFICE", "2026-03-02");
        JsonNode n = ok(api.send("POST", "/estimates", national.toString()));
        assertThat(n.at("/locality/from").asText()).isEqualTo("national");
        assertThat(n.at("/locality/id").isNull()).isTrue();
    }

    @Test
    void zipCodesNotInTheFileMalformedOrDisagreeingAreRefusedNamingZipCode() throws IOException {
        List<String> known = CmsFiles.zips().stream().map(CmsFiles.Zip::zipCode).toList();
        assertThat(known).doesNotContain("00000").hasSize(42_956);
        for (String zip : List.of("00000", "1001", "100160", "1001a", " 10016")) {
            ObjectNode request = oneLevel("OFFICE", "2026-03-02");
            request.put("zipCode", zip);
            assertProblem(api.send("POST", "/estimates", request.toString()), 400, "zipCode");
        }
        ObjectNode disagreeing = oneLevel("OFFICE", "2026-03-02");
        disagreeing.put("zipCode", "10016").put("locality", "01182-18");
        JsonNode problem = assertProblem(api.send("POST", "/estimates", disagreeing.toString()), 400, "zipCode");
        assertThat(problem.at("/errors/0/message").asText()).contains("13202-01").contains("01182-18");

        ObjectNode number = oneLevel("OFFICE", "2026-03-02");
        number.put("zipCode", 10016);
        assertProblem(api.send("POST", "/estimates", number.toString()), 400, "zipCode");

        ObjectNode forecastBad = SampleRequests.forecastAppointment("a1", null, "2026-03-02");
        forecastBad.put("zipCode", "00000");
        assertProblem(api.send("POST", "/forecasts", SampleRequests.forecast(forecastBad).toString()), 400, "appointments[0].zipCode");
    }

    @Test
    void aZipCodeSplitByZipPlusFourIsPricedInItsZip5LocalityWithAWarning() throws IOException {
        CmsFiles.Zip split = CmsFiles.zips().stream().filter(CmsFiles.Zip::plusFour).findFirst().orElseThrow();
        assertThat(CmsFiles.zips().stream().filter(CmsFiles.Zip::plusFour).count()).isEqualTo(581);
        ObjectNode request = oneLevel("OFFICE", "2026-03-02");
        request.put("zipCode", split.zipCode());
        JsonNode e = ok(api.send("POST", "/estimates", request.toString()));
        assertThat(e.at("/locality/id").asText()).isEqualTo(split.localityId());
        List<JsonNode> warnings = new ArrayList<>();
        e.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("LOC-ZIP-PLUS4")) {
                warnings.add(f);
            }
        });
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).path("severity").asText()).isEqualTo("WARNING");
        assertThat(warnings.get(0).path("message").asText()).contains(split.zipCode()).contains(split.localityId());
    }

    @Test
    void theMacOfAZipCodeDrivesTheContractorRules() throws IOException {
        // A diagnostic injection in Los Angeles (Noridian JE) carries KX; found from the ZIP code alone.
        ObjectNode request = oneLevel("OFFICE", "2026-03-02");
        request.put("purpose", "DIAGNOSTIC").put("zipCode", "90012");
        JsonNode e = ok(api.send("POST", "/estimates", request.toString()));
        assertThat(e.at("/locality/id").asText()).isEqualTo("01182-18");
        List<String> modifiers = new ArrayList<>();
        e.at("/claims/0/lines/0/modifiers").forEach(m -> modifiers.add(m.asText()));
        assertThat(modifiers).contains("KX");
    }

    @Test
    void aZipCodeGivesTheSameContractorRulesAndDiagnosisChecksAsItsLocality() throws IOException {
        ObjectNode byZip = SampleRequests.workedExample();
        byZip.put("purpose", "DIAGNOSTIC").put("zipCode", "90012").putArray("diagnoses").add("M54.50");
        ObjectNode byLocality = SampleRequests.workedExample();
        byLocality.put("purpose", "DIAGNOSTIC").put("locality", "01182-18").putArray("diagnoses").add("M54.50");
        JsonNode zip = ok(api.send("POST", "/estimates", byZip.toString()));
        JsonNode locality = ok(api.send("POST", "/estimates", byLocality.toString()));
        List<String> rules = new ArrayList<>();
        zip.path("findings").forEach(f -> rules.add(f.path("ruleId").asText()));
        assertThat(rules).as("the diagnoses survive locating").contains("LCD-DX-NOT-COVERED");
        assertThat(zip.path("claims")).isEqualTo(locality.path("claims"));
        assertThat(zip.path("coverage")).isEqualTo(locality.path("coverage"));
        assertThat(zip.path("sources")).isEqualTo(locality.path("sources"));
        assertThat(zip.at("/locality/from").asText()).isEqualTo("zipCode");
    }

    @Test
    void aFacilityGivesItsLocalityAndItsSiteMustMatch() throws IOException {
        ObjectNode asc = oneLevel("ASC", "2026-03-02");
        asc.put("facilityId", "sample-asc-manhattan");
        JsonNode e = ok(api.send("POST", "/estimates", asc.toString()));
        assertThat(e.at("/locality/id").asText()).isEqualTo("13202-01");
        assertThat(e.at("/locality/from").asText()).isEqualTo("facility");
        // Its CBSA's wage index reaches the facility claim: the same as giving cbsa 35614, and not national.
        ObjectNode byCbsa = oneLevel("ASC", "2026-03-02");
        byCbsa.put("cbsa", "35614").put("locality", "13202-01");
        JsonNode withCbsa = ok(api.send("POST", "/estimates", byCbsa.toString()));
        JsonNode national = ok(api.send("POST", "/estimates", oneLevel("ASC", "2026-03-02").toString()));
        assertThat(e.at("/claims/1/type").asText()).isEqualTo("FACILITY");
        assertThat(e.at("/claims/1/allowed").decimalValue()).isEqualByComparingTo(withCbsa.at("/claims/1/allowed").decimalValue())
                .isGreaterThan(national.at("/claims/1/allowed").decimalValue());

        ObjectNode wrongSite = oneLevel("HOPD", "2026-03-02");
        wrongSite.put("facilityId", "sample-asc-manhattan");
        assertProblem(api.send("POST", "/estimates", wrongSite.toString()), 400, "siteOfService");
        ObjectNode unknown = oneLevel("ASC", "2026-03-02");
        unknown.put("facilityId", "no-such-facility");
        assertProblem(api.send("POST", "/estimates", unknown.toString()), 400, "facilityId");
        for (String cbsa : List.of("123", "3561a", "99999")) {
            ObjectNode bad = oneLevel("ASC", "2026-03-02");
            bad.put("cbsa", cbsa);
            assertProblem(api.send("POST", "/estimates", bad.toString()), 400, "cbsa");
        }
        for (String index : List.of("0.1", "3.5", "\"high\"")) {
            String body = oneLevel("HOPD", "2026-03-02").toString().replaceFirst("\\}$", ",\"hospitalWageIndex\":" + index + "}");
            assertProblem(api.send("POST", "/estimates", body), 400, "hospitalWageIndex");
        }
        JsonNode facilities = ok(api.send("GET", "/facilities", null)).path("facilities");
        assertThat(facilities).hasSize(2).allMatch(f -> f.path("sample").asBoolean());
        assertProblem(api.send("GET", "/facilities?site=ASC", null), 400, "site");
    }

    @Test
    void getLocalitiesListsEveryLocalityOfTheGpciFileOrTheOneOfAZipCode() throws IOException {
        Map<String, Gpci> gpcis = CmsFiles.gpcis(CmsFiles.GPCI_2026).stream().collect(Collectors.toMap(Gpci::id, Function.identity()));
        JsonNode all = ok(api.send("GET", "/localities", null)).path("localities");
        assertThat(all).hasSize(109);
        for (JsonNode l : all) {
            Gpci g = gpcis.get(l.path("id").asText());
            assertThat(g).as(l.toString()).isNotNull();
            assertThat(l.path("mac").asText()).isEqualTo(g.mac());
            assertThat(l.path("state").asText()).isEqualTo(g.state());
            assertThat(l.path("name").asText()).isEqualTo(g.name());
        }
        JsonNode one = ok(api.send("GET", "/localities?zip=10016", null)).path("localities");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).path("id").asText()).isEqualTo("13202-01");
        assertThat(one.get(0).path("plusFourDependent").asBoolean()).isFalse();

        assertProblem(api.send("GET", "/localities?zip=00000", null), 404, "zip");
        assertProblem(api.send("GET", "/localities?zip=1001", null), 400, "zip");
        assertProblem(api.send("GET", "/localities?zipCode=10016", null), 400, "zipCode");
    }

    private static BigDecimal allowed(JsonNode estimate) {
        return estimate.at("/claims/0/lines/0/allowed").decimalValue();
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return OpenApiDocument.JSON.readTree(response.body());
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String field) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = OpenApiDocument.JSON.readTree(response.body());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as(response.body()).contains(field);
        return problem;
    }
}
