package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.OpenApiDocument;
import com.facetestimator.testing.Payers;
import com.facetestimator.testing.SampleRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /forecasts with CSV in and out, through the local server: the rows decode exactly as the
 * same appointments in JSON, and every bad input is a problem naming the file's line and column.
 */
class ForecastCsvTest {
    private static final Map<String, String> CSV_IN = Map.of("Content-Type", "text/csv");
    private static final Map<String, String> CSV_IN_OUT = Map.of("Content-Type", "text/csv; charset=utf-8", "Accept", "text/csv");
    private static final String HEADER = "appointmentId,patientId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance";
    private static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.shared();
    }

    @Test
    void rowsInAnyColumnOrderForecastExactlyAsTheSameAppointmentsInJson() throws IOException {
        String patient = ApiStack.newPatientId("csv");
        // Columns shuffled, a byte-order mark, CRLF, a blank line, a quoted cell with a comma and a
        // line break, optional columns left empty on some rows.
        String csv = "\uFEFFlevels,guidance,appointmentId,dateOfService,payerId,siteOfService,procedure,purpose,laterality,"
                + "patientId,deductibleRemaining,abnOnFile,locality\r\n"
                + "L4-L5;L5-S1,FLUOROSCOPY,a1,2026-03-02,medicare,OFFICE,INJECTION,THERAPEUTIC,BILATERAL," + patient + ",0,,\r\n"
                + "\r\n"
                + "\"L4-L5;\nL5-S1\",FLUOROSCOPY,a2,2026-04-06,sample-commercial-a,ASC,RFA,,LEFT,,120.50,TRUE,01182-18\r\n"
                + "C5-C6,CT,a3,2026-05-11,medicare,HOPD,INJECTION,DIAGNOSTIC,RIGHT," + patient + ",,false,\r\n";
        ObjectNode a1 = appointment("a1", "2026-03-02", Payers.MEDICARE, "OFFICE", "INJECTION", "THERAPEUTIC", "BILATERAL", "FLUOROSCOPY",
                "L4-L5", "L5-S1");
        a1.put("patientId", patient);
        a1.putObject("coverage").put("deductibleRemaining", 0);
        ObjectNode a2 = appointment("a2", "2026-04-06", Payers.COMMERCIAL, "ASC", "RFA", null, "LEFT", "FLUOROSCOPY", "L4-L5", "L5-S1");
        a2.putObject("coverage").put("deductibleRemaining", new BigDecimal("120.50"));
        a2.put("abnOnFile", true).put("locality", "01182-18");
        ObjectNode a3 = appointment("a3", "2026-05-11", Payers.MEDICARE, "HOPD", "INJECTION", "DIAGNOSTIC", "RIGHT", "CT", "C5-C6");
        a3.put("patientId", patient).put("abnOnFile", false);

        JsonNode fromCsv = ok(api.send("POST", "/forecasts?detail=true", csv, CSV_IN));
        JsonNode fromJson = ok(api.send("POST", "/forecasts?detail=true", SampleRequests.forecast(a1, a2, a3).toString()));

        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(fromCsv.path("count").asInt()).isEqualTo(3);
        assertThat(fromCsv.path("appointments")).hasSize(3);
        assertThat(fromCsv.path("appointments").get(0).path("codes").toString()).isEqualTo("[\"64493-50\",\"64494-50\"]");
    }

    @Test
    void acceptTextCsvAnswersOneRowPerAppointmentWithTheJsonRowsFigures() throws IOException {
        String csv = HEADER + ",deductibleRemaining\n"
                + "r1,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,0\n"
                + "r2,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L3-L4;L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,0\n"
                + "r3,,sample-self-pay,ASC,2026-06-01,RFA,,L5-S1,RIGHT,FLUOROSCOPY,\n";
        HttpResponse<String> answer = api.send("POST", "/forecasts", csv, CSV_IN_OUT);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows = csv(answer.body());
        JsonNode json = ok(api.send("POST", "/forecasts?detail=true", csv, CSV_IN));

        assertThat(rows.get(0).toList()).containsExactly("appointmentId", "codes", "allowed", "payerPays", "patientPays", "atRisk", "reasons");
        assertThat(rows).hasSize(4);
        for (int i = 0; i < 3; i++) {
            CSVRecord row = rows.get(i + 1);
            JsonNode expected = json.path("appointments").get(i);
            assertThat(row.get(0)).isEqualTo("r" + (i + 1)).isEqualTo(expected.path("appointmentId").asText());
            assertThat(row.get(1)).isEqualTo(String.join(";", texts(expected.path("codes"))));
            assertThat(new BigDecimal(row.get(2))).isEqualByComparingTo(expected.path("allowed").decimalValue());
            assertThat(new BigDecimal(row.get(3))).isEqualByComparingTo(expected.path("payerPays").decimalValue());
            assertThat(new BigDecimal(row.get(4))).isEqualByComparingTo(expected.path("patientPays").decimalValue());
            assertThat(row.get(5)).isEqualTo(Boolean.toString(expected.path("atRisk").asBoolean()));
            assertThat(row.get(6)).isEqualTo(String.join(";", texts(expected.path("reasons"))));
        }
        // The worked example's figures, to the cent; the third level is outside the LCD and at risk.
        assertThat(rows.get(1).get(2)).isEqualTo("429.38");
        assertThat(rows.get(1).get(3)).isEqualTo("343.50");
        assertThat(rows.get(1).get(5)).isEqualTo("false");
        assertThat(rows.get(2).get(5)).isEqualTo("true");
        assertThat(rows.get(2).get(6)).contains("LEVELS_NOT_COVERED");
    }

    @Test
    void jsonStaysTheDefaultAndDetailAddsTheRowsOnlyWhenAsked() throws IOException {
        String csv = HEADER + "\nd1,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY\n";
        HttpResponse<String> plain = api.send("POST", "/forecasts", csv, Map.of("Content-Type", "text/csv", "Accept", "*/*"));
        assertThat(plain.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(json(plain).has("appointments")).isFalse();
        assertThat(json(plain).path("totals").has("allowed")).isTrue();
        assertThat(ok(api.send("POST", "/forecasts?detail=false", csv, CSV_IN)).has("appointments")).isFalse();
        assertThat(ok(api.send("POST", "/forecasts?detail=true", csv, CSV_IN)).path("appointments")).hasSize(1);

        JsonNode bad = problem(api.send("POST", "/forecasts?detail=yes", csv, CSV_IN), 400);
        assertThat(fields(bad)).containsExactly("detail");
        assertThat(fields(problem(api.send("POST", "/forecasts?details=true", csv, CSV_IN), 400))).containsExactly("details");
    }

    @Test
    void anUnknownColumnIsRefusedByNameBeforeAnyRowIsRead() throws IOException {
        String csv = "appointmentId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance,copayment\n"
                + "u1,no-such-payer,CLINIC,2026-13-01,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY,10\n";
        JsonNode p = problem(api.send("POST", "/forecasts", csv, CSV_IN), 400);
        assertThat(fields(p)).containsExactly("line 1: copayment");
        assertThat(p.path("errors").get(0).path("message").asText()).contains("not a known column").contains("copay");
        assertThat(p.path("errorCount").asInt()).isEqualTo(1);

        JsonNode twice = problem(api.send("POST", "/forecasts", HEADER + ",levels\nx\n", CSV_IN), 400);
        assertThat(fields(twice)).containsExactly("line 1: levels");
        assertThat(fields(problem(api.send("POST", "/forecasts", HEADER + ",,\nx\n", CSV_IN), 400))).containsExactly("line 1", "line 1");
    }

    @Test
    void everyColumnOfTheAppointmentReaderIsAColumnOfTheFile() {
        // A field the reader learns (zipCode, facilityId, diagnoses, ...) is a column with no CSV code of its own.
        for (String field : AppointmentReader.FIELDS) {
            if (!field.equals("coverage")) {
                assertThat(ForecastCsv.COLUMNS).as(field).contains(field);
            }
        }
        assertThat(ForecastCsv.COLUMNS).containsAll(AppointmentReader.COVERAGE_FIELDS).contains("appointmentId").doesNotContain("coverage");
    }

    @Test
    void aBadCellIsNamedByItsLineAndColumnWithTheSameMessageAsInJson() throws IOException {
        // The second row spans lines 3-4 (a quoted line break), so the rows after it start on lines 5, 6, ...
        String[][] cases = {
                // column, bad value, JSON value of the same field
                {"dateOfService", "2026-02-30", "\"2026-02-30\""},
                {"siteOfService", "CLINIC", "\"CLINIC\""},
                {"deductibleRemaining", "12,5", "\"12,5\""},
                {"coinsurancePercent", "120", "120"},
                {"abnOnFile", "yes", "\"yes\""},
                {"locality", "1182-18", "\"1182-18\""},
                {"patientId", "has space", "\"has space\""},
                {"levels", ";", "[]"},
        };
        StringBuilder csv = new StringBuilder("appointmentId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance,"
                + "patientId,locality,abnOnFile,deductibleRemaining,coinsurancePercent\n");
        csv.append("ok1,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY,,,,,\n");
        csv.append("ok2,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,\"L4-L5;\nL5-S1\",LEFT,FLUOROSCOPY,,,,,\n");
        List<String> columns = List.of("appointmentId", "payerId", "siteOfService", "dateOfService", "procedure", "purpose", "levels",
                "laterality", "guidance", "patientId", "locality", "abnOnFile", "deductibleRemaining", "coinsurancePercent");
        for (int i = 0; i < cases.length; i++) {
            List<String> cells = new ArrayList<>(List.of("bad" + i, "medicare", "OFFICE", "2026-03-02", "INJECTION", "THERAPEUTIC", "L4-L5",
                    "LEFT", "FLUOROSCOPY", "", "", "", "", ""));
            cells.set(columns.indexOf(cases[i][0]), cases[i][1].contains(",") || cases[i][1].contains(";") ? "\"" + cases[i][1] + "\"" : cases[i][1]);
            csv.append(String.join(",", cells)).append('\n');
        }
        JsonNode p = problem(api.send("POST", "/forecasts", csv.toString(), CSV_IN), 400);

        List<String> expectedFields = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            expectedFields.add("line " + (5 + i) + ": " + cases[i][0]);
        }
        assertThat(fields(p)).containsExactlyElementsOf(expectedFields);
        assertThat(p.path("errorCount").asInt()).isEqualTo(cases.length);
        for (int i = 0; i < cases.length; i++) {
            ObjectNode a = SampleRequests.forecastAppointment("j", null, "2026-03-02");
            a.remove("coverage");
            String field = cases[i][0];
            JsonNode value = OpenApiDocument.JSON.readTree(cases[i][2]);
            if (field.equals("deductibleRemaining") || field.equals("coinsurancePercent")) {
                a.putObject("coverage").set(field, value);
            } else {
                a.set(field, value);
            }
            JsonNode fromJson = problem(api.send("POST", "/forecasts", SampleRequests.forecast(a).toString()), 400);
            String csvMessage = p.path("errors").get(i).path("message").asText();
            assertThat(fromJson.path("errors").get(0).path("message").asText()).as(field).isEqualTo(csvMessage);
        }
    }

    @Test
    void theRulesOfASessionAndUnknownPayersAreNamedByLineAndColumnToo() throws IOException {
        String csv = HEADER + "\n"
                + "d1,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY\n"
                + "d2,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5;C5-C6,LEFT,FLUOROSCOPY\n"
                + "d3,,medicare,OFFICE,2026-03-02,RFA,DIAGNOSTIC,L4-L5,LEFT,FLUOROSCOPY\n"
                + "d4,,medicare,OFFICE,2026-03-02,INJECTION,,L4-L5,LEFT,FLUOROSCOPY\n"
                + "d5,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5;L9-L9,LEFT,FLUOROSCOPY\n";
        JsonNode p = problem(api.send("POST", "/forecasts", csv, CSV_IN), 400);
        assertThat(fields(p)).containsExactly("line 3: levels", "line 4: purpose", "line 5: purpose", "line 6: levels");

        // A payer with no profile is the use case's to find; it is named the same way.
        String payers = HEADER + "\n"
                + "d1,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY\n"
                + "d2,,no-such-payer,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY\n"
                + "\"d3\",,no-such-payer,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,\"L4-L5;\nL5-S1\",LEFT,FLUOROSCOPY\n"
                + "d4,,no-such-payer,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY\n";
        JsonNode unknown = problem(api.send("POST", "/forecasts", payers, CSV_IN), 400);
        assertThat(fields(unknown)).containsExactly("line 3: payerId", "line 4: payerId", "line 6: payerId");
        assertThat(unknown.path("errors").get(0).path("message").asText()).contains("no-such-payer");
        assertThat(unknown.path("errorCount").asInt()).isEqualTo(3);
    }

    @Test
    void diagnosesAreAColumnSeparatedBySemicolonsAndThoseThatDoNotSupportCoverageAreAReason() throws IOException {
        String header = HEADER + ",diagnoses,deductibleRemaining";
        String csv = header + "\n"
                + "x1,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,M47.816;M54.50,0\n"
                + "x2,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,M54.50,0\n";
        JsonNode f = ok(api.send("POST", "/forecasts?detail=true", csv, CSV_IN));
        assertThat(texts(f.path("appointments").get(0).path("reasons"))).doesNotContain("DIAGNOSES_NOT_COVERED");
        assertThat(texts(f.path("appointments").get(1).path("reasons"))).contains("DIAGNOSES_NOT_COVERED");
        assertThat(f.path("atRiskReasons").toString()).contains("DIAGNOSES_NOT_COVERED");

        // The same JSON appointment's diagnoses decode the same way, so the forecasts agree.
        ObjectNode a = SampleRequests.forecastAppointment("x2", null, "2026-03-02");
        a.putArray("diagnoses").add("M54.50");
        JsonNode fromJson = ok(api.send("POST", "/forecasts?detail=true", SampleRequests.forecast(a).toString()));
        assertThat(fromJson.path("appointments").get(0)).isEqualTo(f.path("appointments").get(1));

        JsonNode bad = problem(api.send("POST", "/forecasts", header + "\n"
                + "x3,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY,M47.816;12345,\n", CSV_IN), 400);
        assertThat(fields(bad)).containsExactly("line 2: diagnoses");
    }

    @Test
    void atMostFiftyProblemsAreListedWithTheirTotal() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 120; i++) {
            csv.append("m").append(i).append(",,medicare,OFFICE,2026-02-30,INJECTION,THERAPEUTIC,L4-L5,SIDEWAYS,FLUOROSCOPY\n");
        }
        JsonNode p = problem(api.send("POST", "/forecasts", csv.toString(), CSV_IN), 400);
        assertThat(p.path("errors")).hasSize(50);
        assertThat(p.path("errorCount").asInt()).isEqualTo(240);
        assertThat(p.path("detail").asText()).contains("240").contains("50");
        assertThat(fields(p).get(0)).isEqualTo("line 2: dateOfService");
        assertThat(fields(p).get(1)).isEqualTo("line 2: laterality");
        assertThat(fields(p).get(49)).isEqualTo("line 26: laterality");
    }

    @Test
    void malformedFilesAreProblemsNamingWhatIsWrong() throws IOException {
        String row = "w1,,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,LEFT,FLUOROSCOPY";
        // A row with a cell too many or too few.
        JsonNode cells = problem(api.send("POST", "/forecasts", HEADER + "\n" + row + "\n" + row.replace("w1", "w2") + ",extra\nw3,x\n", CSV_IN), 400);
        assertThat(fields(cells)).containsExactly("line 3", "line 4");
        assertThat(cells.path("errors").get(0).path("message").asText()).contains("11 cells").contains("10 columns");
        // A quote never closed.
        JsonNode quote = problem(api.send("POST", "/forecasts", HEADER + "\n" + row + "\n\"w2,,medicare\n", CSV_IN), 400);
        assertThat(fields(quote)).containsExactly("body");
        assertThat(quote.path("errors").get(0).path("message").asText()).contains("CSV").contains("quoted");
        // A header and no row; nothing at all.
        assertThat(fields(problem(api.send("POST", "/forecasts", HEADER + "\n", CSV_IN), 400))).containsExactly("body");
        assertThat(fields(problem(api.send("POST", "/forecasts", "", CSV_IN), 400))).containsExactly("body");
        // A repeated appointment id names the line it repeats.
        JsonNode repeat = problem(api.send("POST", "/forecasts", HEADER + "\n" + row + "\n" + row + "\n", CSV_IN), 400);
        assertThat(fields(repeat)).containsExactly("line 3: appointmentId");
        assertThat(repeat.path("errors").get(0).path("message").asText()).contains("line 2");
        // A required column left out: each row says so, by line.
        JsonNode missing = problem(api.send("POST", "/forecasts", HEADER.replace(",levels", "") + "\n"
                + row.replace(",L4-L5", "") + "\n", CSV_IN), 400);
        assertThat(fields(missing)).containsExactly("line 2: levels");
        assertThat(missing.path("errors").get(0).path("message").asText()).isEqualTo("is required");
    }

    @Test
    void moreThanThirtyThousandRowsIsA413NamingTheLimitBeforeAnyIsDecoded() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= 30_000; i++) {
            // Bad cells on purpose: the count is refused before any row is judged.
            csv.append('x').append(i).append(",,medicare,OFFICE,2026-03-02,INJECTION,THERAPEUTIC,L4-L5,SIDEWAYS,FLUOROSCOPY\n");
        }
        JsonNode p = problem(api.send("POST", "/forecasts", csv.toString(), CSV_IN), 413);
        assertThat(p.path("detail").asText()).contains("30000");
        assertThat(fields(p)).containsExactly("appointments");

        // In JSON too: the array's length is judged before its items.
        String many = "{\"appointments\":[" + String.join(",", java.util.Collections.nCopies(30_001, "{}")) + "]}";
        JsonNode json = problem(api.send("POST", "/forecasts", many), 413);
        assertThat(json.path("detail").asText()).contains("30000");
    }

    @Test
    void forecastBodiesUpToSixMegabytesAreReadAndLargerOnesRefusedBeforeParsing() throws IOException {
        int limit = HttpApiHandler.MAX_BATCH_BODY_BYTES;
        assertThat(limit).isEqualTo(6_000_000);
        String over = "x".repeat(limit + 1);
        JsonNode p = problem(api.send("POST", "/forecasts", over, CSV_IN), 413);
        assertThat(p.path("detail").asText()).contains("6000000");
        // Exactly at the limit, the body is read and judged on its content (a CSV with an unknown column).
        String atLimit = "pad\n" + "y".repeat(limit - 4);
        assertThat(atLimit.length()).isEqualTo(limit);
        assertThat(fields(problem(api.send("POST", "/forecasts", atLimit, CSV_IN), 400))).containsExactly("line 1: pad");
        // The single-appointment routes keep their 1 MB.
        JsonNode estimate = problem(api.send("POST", "/estimates", "{\"x\": \"" + "y".repeat(HttpApiHandler.MAX_BODY_BYTES) + "\"}"), 413);
        assertThat(estimate.path("detail").asText()).contains("1000000");
    }

    // ---------------------------------------------------------------------------------------

    private static ObjectNode appointment(String id, String date, String payer, String site, String procedure, String purpose,
                                          String laterality, String guidance, String... levels) {
        ObjectNode a = OpenApiDocument.JSON.createObjectNode();
        a.put("appointmentId", id).put("payerId", payer).put("siteOfService", site).put("dateOfService", date).put("procedure", procedure);
        if (purpose != null) {
            a.put("purpose", purpose);
        }
        var array = a.putArray("levels");
        for (String level : levels) {
            array.add(level);
        }
        a.put("laterality", laterality).put("guidance", guidance);
        return a;
    }

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type").orElse("")).isEqualTo("application/problem+json");
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return OpenApiDocument.JSON.readTree(response.body());
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
