package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.OpenApiDocument;
import com.facetestimator.testing.SampleRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ASC and HOPD estimates through the local server and the emulator with the bundled data, as a
 * client sees them: facility fees from the CMS files, `complete`, `missingLines`, `provisional`,
 * and a site comparison that never passes an incomplete figure off as the cheaper site. Every
 * response is checked against openapi.yaml.
 */
class FacilityEstimatesEndToEndTest {
    private static ApiStack api;
    private static OpenApiDocument spec;

    @BeforeAll
    static void start() {
        api = ApiStack.shared();
        spec = OpenApiDocument.load();
    }

    @Test
    void ascEstimateHasTheAddendumAaFacilityFee() throws IOException {
        ObjectNode body = SampleRequests.workedExample();
        body.put("siteOfService", "ASC");
        JsonNode e = estimate(body);

        BigDecimal rate = addendumAaRate("reference/cms/ASC_AddendumAA_20260101_excerpt.csv", "64493");
        JsonNode facility = claim(e, "FACILITY");
        List<String> labels = new ArrayList<>();
        facility.path("lines").forEach(l -> labels.add(l.path("code").asText() + "-" + String.join("-", texts(l.path("modifiers")))));
        assertThat(labels).containsExactly("64493-RT", "64493-LT", "64494-RT", "64494-LT");
        // RT and LT are two procedures: 100% and 50%; the N1 add-ons are packaged (0, and not missing).
        assertThat(amounts(facility)).containsExactly(rate, half(rate), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        assertThat(facility.path("allowed").decimalValue()).isEqualByComparingTo(rate.add(half(rate)));
        assertThat(facility.path("complete").asBoolean()).isTrue();
        assertThat(facility.path("missingLines")).isEmpty();
        JsonNode r = e.path("reimbursement");
        assertThat(r.path("complete").asBoolean()).isTrue();
        assertThat(r.path("provisional").asBoolean()).isFalse();
        BigDecimal professional = claim(e, "PROFESSIONAL").path("allowed").decimalValue();
        assertThat(r.path("allowed").decimalValue()).isEqualByComparingTo(professional.add(rate).add(half(rate)));
        // No wage index given: national rates, said by an INFO finding.
        assertThat(ruleIds(e)).contains("PAY-FACILITY-NATIONAL-RATE", "PAY-PACKAGED");
        assertThat(texts(e.path("sources"))).contains("CMS ASC Addendum AA, January 2026 release (20260101)");
    }

    @Test
    void aDateInTheComingYearIsProvisionalNeverZero() throws IOException {
        ObjectNode body = SampleRequests.workedExample();
        body.put("siteOfService", "HOPD");
        JsonNode march = estimate(body);
        body.put("dateOfService", "2027-01-15");
        JsonNode january = estimate(body);

        assertThat(january.path("reimbursement").path("provisional").asBoolean()).isTrue();
        assertThat(march.path("reimbursement").path("provisional").asBoolean()).isFalse();
        assertThat(january.path("reimbursement").path("allowed").decimalValue())
                .isEqualByComparingTo(march.path("reimbursement").path("allowed").decimalValue()).isPositive();
        List<String> carried = new ArrayList<>();
        january.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("PAY-FEES-CARRIED-FORWARD")) {
                assertThat(f.path("severity").asText()).isEqualTo("WARNING");
                carried.add(f.path("message").asText());
            }
        });
        assertThat(carried).anyMatch(m -> m.startsWith("CY2026 PFS relative values (CMS PFS RVU26A (released 2025-12-29)) used for 2027-01-15"))
                .anyMatch(m -> m.startsWith("CY2026 OPPS Addendum B rates (CMS CY2026 OPPS Addendum B, January 2026 release"))
                .anyMatch(m -> m.startsWith("CY2026 cost-sharing terms"));
    }

    @Test
    void carrierPricedCodesAreIncompleteAndTheSiteComparisonSaysSo() throws IOException {
        // Ultrasound guidance codes 0213T-0218T: the PFS has no national amount (status C, carrier-priced).
        ObjectNode body = SampleRequests.workedExample();
        body.putArray("levels").add("C5-C6");
        body.put("guidance", "ULTRASOUND");
        body.put("compareSites", true);
        JsonNode e = estimate(body);

        JsonNode professional = claim(e, "PROFESSIONAL");
        assertThat(professional.path("complete").asBoolean()).isFalse();
        assertThat(professional.path("missingLines").get(0).path("code").asText()).isEqualTo("0213T");
        assertThat(professional.path("missingLines").get(0).path("claim").asText()).isEqualTo("PROFESSIONAL");
        assertThat(e.path("reimbursement").path("complete").asBoolean()).isFalse();
        assertThat(e.path("reimbursement").path("missingLines")).isNotEmpty();
        assertThat(e.path("alternatives")).hasSize(2).allSatisfy(a -> assertThat(a.has("complete")).isTrue());
        JsonNode asc = alternative(e, "ASC");
        assertThat(asc.path("complete").asBoolean()).isFalse(); // its professional claim is carrier-priced too
        assertThat(e.path("findings")).anySatisfy(f -> {
            assertThat(f.path("ruleId").asText()).isEqualTo("PAY-SITE-COMPARISON-INCOMPLETE");
            assertThat(f.path("message").asText()).contains("OFFICE").contains("ASC").contains("HOPD")
                    .contains("do not read them as the cheaper site");
        });
    }

    @Test
    void aCompleteComparisonHasNoIncompleteFinding() throws IOException {
        ObjectNode body = SampleRequests.workedExample();
        body.put("compareSites", true);
        JsonNode e = estimate(body);
        assertThat(e.path("alternatives")).allSatisfy(a -> assertThat(a.path("complete").asBoolean()).isTrue());
        assertThat(alternative(e, "ASC").path("allowed").decimalValue()).isGreaterThan(e.path("reimbursement").path("allowed").decimalValue());
        assertThat(ruleIds(e)).doesNotContain("PAY-SITE-COMPARISON-INCOMPLETE");
    }

    @Test
    void theFacilitysWageIndexAdjustsItsRate() throws IOException {
        BigDecimal wi = wageIndex("07"); // the bundled CY2026 ASC wage index table
        BigDecimal rate = addendumAaRate("reference/cms/ASC_AddendumAA_20260101_excerpt.csv", "64493");
        ObjectNode body = SampleRequests.workedExample();
        body.put("siteOfService", "ASC");
        body.put("cbsa", "07");
        JsonNode asc = estimate(body);
        // ASC: rate x (0.5 x WI + 0.5), then the other side at 50%
        BigDecimal adjusted = rate.multiply(new BigDecimal("0.5").multiply(wi).add(new BigDecimal("0.5"))).setScale(2, RoundingMode.HALF_UP);
        assertThat(amounts(claim(asc, "FACILITY"))).startsWith(adjusted, half(adjusted));
        assertThat(ruleIds(asc)).doesNotContain("PAY-FACILITY-NATIONAL-RATE");

        // HOPD: the CBSA's index approximates the hospital's own, and the estimate says so.
        BigDecimal opps = new BigDecimal(CmsCsv.cell("reference/cms/OPPS_AddendumB_2026_Jan_derived.csv", "64493", 4));
        body.put("siteOfService", "HOPD");
        JsonNode byCbsa = estimate(body);
        BigDecimal oppsAdjusted = opps.multiply(new BigDecimal("0.6").multiply(wi).add(new BigDecimal("0.4"))).setScale(2, RoundingMode.HALF_UP);
        assertThat(amounts(claim(byCbsa, "FACILITY")).get(0)).isEqualByComparingTo(
                oppsAdjusted.multiply(new BigDecimal("1.5")).setScale(2, RoundingMode.HALF_UP));
        assertThat(ruleIds(byCbsa)).contains("PAY-OPPS-CBSA-WAGE-INDEX");

        // The hospital's own index wins over the CBSA's.
        body.put("hospitalWageIndex", 1.25);
        JsonNode own = estimate(body);
        BigDecimal ownAdjusted = opps.multiply(new BigDecimal("0.6").multiply(new BigDecimal("1.25")).add(new BigDecimal("0.4")))
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(amounts(claim(own, "FACILITY")).get(0)).isEqualByComparingTo(
                ownAdjusted.multiply(new BigDecimal("1.5")).setScale(2, RoundingMode.HALF_UP));
        assertThat(ruleIds(own)).doesNotContain("PAY-OPPS-CBSA-WAGE-INDEX", "PAY-FACILITY-NATIONAL-RATE");
    }

    private static BigDecimal wageIndex(String cbsa) throws IOException {
        return new BigDecimal(CmsCsv.cell("reference/cms/ASC_WageIndex_2026.csv", cbsa, 2));
    }

    /** A bundled CSV's cell by the row's first cell and the column's position. */
    private static final class CmsCsv {
        static String cell(String resource, String key, int column) throws IOException {
            try (InputStream in = FacilityEstimatesEndToEndTest.class.getClassLoader().getResourceAsStream(resource)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList()) {
                    String[] cells = line.split(",", -1);
                    if (cells[0].equals(key)) {
                        return cells[column].trim();
                    }
                }
            }
            throw new AssertionError(resource + ": no row " + key);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static JsonNode estimate(ObjectNode body) throws IOException {
        HttpResponse<String> response = api.send("POST", "/estimates", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String contentType = response.headers().firstValue("content-type").orElse("");
        Map<String, String> headers = Map.of("Content-Type", contentType);
        assertThat(spec.check("POST /estimates", 200, contentType, headers, response.body())).isEmpty();
        return OpenApiDocument.JSON.readTree(response.body());
    }

    private static JsonNode claim(JsonNode e, String type) {
        for (JsonNode c : e.path("claims")) {
            if (c.path("type").asText().equals(type)) {
                return c;
            }
        }
        throw new AssertionError("no " + type + " claim in " + e);
    }

    private static JsonNode alternative(JsonNode e, String site) {
        for (JsonNode a : e.path("alternatives")) {
            if (a.path("siteOfService").asText().equals(site)) {
                return a;
            }
        }
        throw new AssertionError("no " + site + " alternative in " + e);
    }

    private static List<BigDecimal> amounts(JsonNode claim) {
        List<BigDecimal> list = new ArrayList<>();
        claim.path("lines").forEach(l -> list.add(l.path("allowed").decimalValue().setScale(2, RoundingMode.HALF_UP)));
        return list;
    }

    private static BigDecimal half(BigDecimal amount) {
        return amount.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<String> ruleIds(JsonNode e) {
        List<String> ids = new ArrayList<>();
        e.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    /** The payment rate of a code in a bundled Addendum AA, found by the column title CMS gives it. */
    private static BigDecimal addendumAaRate(String resource, String code) throws IOException {
        try (InputStream in = FacilityEstimatesEndToEndTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
            int header = 0;
            while (!lines.get(header).startsWith("HCPCS Code")) {
                header++;
            }
            List<String> titles = List.of(lines.get(header).split(",", -1));
            int rate = 0;
            while (!titles.get(rate).trim().endsWith("Payment Rate")) {
                rate++;
            }
            for (String line : lines.subList(header + 1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells[0].equals(code)) {
                    return new BigDecimal(cells[rate].replace("$", "").trim());
                }
            }
            throw new AssertionError(resource + ": no row for " + code);
        }
    }
}
