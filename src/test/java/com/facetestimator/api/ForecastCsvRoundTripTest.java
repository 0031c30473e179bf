package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.OpenApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented limit, end to end through the local server: a 30,000-row CSV schedule in, its
 * 30,000 rows out as CSV, in the order sent, and the rows add up to the JSON forecast's totals.
 */
class ForecastCsvRoundTripTest {
    private static final String[] PAYERS = {"medicare", "medicare", "medicare", "sample-commercial-a", "sample-commercial-b", "sample-self-pay"};
    private static final String[] SITES = {"OFFICE", "ASC", "HOPD"};
    private static final String[] LEVELS = {"L4-L5", "L5-S1", "L4-L5;L5-S1", "C5-C6", "L3-L4;L4-L5;L5-S1"};
    private static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.shared();
    }

    /** 30,000 appointments over 6,000 patients (new ids: nothing recorded), dates through 2026, every payer and site. */
    static String schedule(int rows, String patientPrefix) {
        StringBuilder csv = new StringBuilder(rows * 100)
                .append("appointmentId,patientId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance,deductibleRemaining\r\n");
        for (int i = 0; i < rows; i++) {
            boolean rfa = i % 5 == 4;
            csv.append("rt-").append(i).append(',').append(patientPrefix).append(i % 6_000).append(',')
                    .append(PAYERS[i % PAYERS.length]).append(',').append(SITES[i % SITES.length]).append(',')
                    .append(String.format("2026-%02d-%02d", 1 + i % 12, 1 + i % 28)).append(',')
                    .append(rfa ? "RFA," : "INJECTION,").append(rfa ? "" : i % 2 == 0 ? "THERAPEUTIC" : "DIAGNOSTIC").append(',')
                    .append('"').append(LEVELS[i % LEVELS.length]).append("\",").append(i % 3 == 0 ? "BILATERAL" : "LEFT").append(',')
                    .append(i % 7 == 0 ? "CT" : "FLUOROSCOPY").append(',').append(i % 4 == 0 ? "0" : "").append("\r\n");
        }
        return csv.toString();
    }

    @Test
    void thirtyThousandRowsRoundTripAsCsvAndAddUpToTheJsonTotals() throws Exception {
        String csv = schedule(30_000, ApiStack.newPatientId("rt") + "-");
        assertThat(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(HttpApiHandler.MAX_BATCH_BODY_BYTES);

        HttpResponse<String> answer = api.send("POST", "/forecasts", csv, Map.of("Content-Type", "text/csv", "Accept", "text/csv"));
        assertThat(answer.statusCode()).as(answer.body().substring(0, Math.min(400, answer.body().length()))).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        List<CSVRecord> lines = ForecastCsvTest.csv(answer.body());
        assertThat(lines).hasSize(30_001);
        assertThat(lines.get(0).toList()).containsExactly("appointmentId", "codes", "allowed", "payerPays", "patientPays", "atRisk", "reasons");

        BigDecimal allowed = BigDecimal.ZERO;
        BigDecimal payer = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        int atRisk = 0;
        for (int i = 1; i < lines.size(); i++) {
            CSVRecord row = lines.get(i);
            assertThat(row.get(0)).isEqualTo("rt-" + (i - 1));
            assertThat(row.get(1)).matches("[0-9A-Z]{5}(-[0-9A-Z]{2})*(;[0-9A-Z]{5}(-[0-9A-Z]{2})*)*");
            allowed = allowed.add(new BigDecimal(row.get(2)));
            payer = payer.add(new BigDecimal(row.get(3)));
            patient = patient.add(new BigDecimal(row.get(4)));
            atRisk += Boolean.parseBoolean(row.get(5)) ? 1 : 0;
            assertThat(row.get(6).isEmpty()).isEqualTo(!Boolean.parseBoolean(row.get(5)));
        }
        assertThat(HttpApiResponses.fitsLambdaResponse(answer.body())).as("the CSV rows fit Lambda's 6 MB response").isTrue();
        // The same file as JSON: the CSV rows are the forecast's own figures.
        HttpResponse<String> json = api.send("POST", "/forecasts", csv, Map.of("Content-Type", "text/csv"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(HttpApiResponses.fitsLambdaResponse(json.body())).isTrue();
        JsonNode forecast = OpenApiDocument.JSON.readTree(json.body());
        assertThat(forecast.path("count").asInt()).isEqualTo(30_000);
        assertThat(allowed).isEqualByComparingTo(forecast.path("totals").path("allowed").decimalValue());
        assertThat(payer).isEqualByComparingTo(forecast.path("totals").path("payerPays").decimalValue());
        assertThat(patient).isEqualByComparingTo(forecast.path("totals").path("patientPays").decimalValue());
        assertThat(atRisk).isEqualTo(forecast.path("atRisk").size()).isPositive();

        // 30,000 rows as JSON (about 6 MB, more once escaped) would not fit one Lambda response:
        // a 413 that says to ask for them as CSV, rather than a gateway error in AWS.
        HttpResponse<String> rows = api.send("POST", "/forecasts?detail=true", csv, Map.of("Content-Type", "text/csv"));
        assertThat(rows.statusCode()).isEqualTo(413);
        JsonNode problem = OpenApiDocument.JSON.readTree(rows.body());
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("detail");
        assertThat(problem.path("detail").asText()).contains("6291456").contains("Accept: text/csv");
    }
}
