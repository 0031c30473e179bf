package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.local.TemplateRoutes;
import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.Events;
import com.facetestimator.testing.OpenApiDocument;
import com.facetestimator.testing.SampleRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Citations, sources and step texts name only what a reader can look up: the LCD or article
 * and its revision, the CFR section, the CMS file and release, the contractor. No response on
 * any route names a document internal to the project or its authors.
 */
class PrimarySourcesTest {
    /** Names of documents a client cannot look up. */
    static final Pattern INTERNAL = Pattern.compile(
            "FACET-RULES|API\\.md|DESIGN\\.md|RULES\\.md|DATA\\.md|README|shared/|reference/|[Ss]eed article|\\.\\./|"
                    + "\\bissue \\d+|§\\s*\\d");

    private final ApiStack api = ApiStack.shared();
    private final List<String> leaks = new ArrayList<>();
    private int responses;

    private void check(String label, String body) {
        responses++;
        Matcher m = INTERNAL.matcher(body == null ? "" : body);
        while (m.find()) {
            int from = Math.max(0, m.start() - 60);
            leaks.add(label + ": '" + m.group() + "' in ..." + body.substring(from, Math.min(body.length(), m.end() + 60)) + "...");
        }
    }

    private void send(String method, String path, String body) {
        HttpResponse<String> response = api.send(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isLessThan(500);
        check(method + " " + path + " " + (body == null ? "" : body), response.body());
    }

    @Test
    void noResponseOnAnyRouteNamesAnInternalDocument() throws IOException {
        // Every committed event, on the handler template.yaml names for its route.
        try (Stream<Path> files = Files.list(Events.DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                check(file.getFileName().toString(), api.invoke(Events.load(file.getFileName().toString())).getBody());
            }
        }
        // Every route without path parameters, and the payers' fee listings.
        for (TemplateRoutes.Route route : TemplateRoutes.routes(ApiStack.TEMPLATE)) {
            if (route.method().equals("GET") && !route.path().contains("{")) {
                send("GET", route.path(), null);
            }
        }
        JsonNode payers = OpenApiDocument.JSON.readTree(api.send("GET", "/payers", null).body()).path("payers");
        List<String> payerIds = new ArrayList<>();
        payers.forEach(p -> payerIds.add(p.path("payerId").asText()));
        assertThat(payerIds).contains("medicare", "sample-medicare-advantage");
        for (String payer : payerIds) {
            for (String site : List.of("OFFICE", "ASC", "HOPD")) {
                send("GET", "/payers/" + payer + "/fees?site=" + site + "&date=2026-03-02", null);
                send("GET", "/payers/" + payer + "/fees?site=" + site + "&date=2027-02-01&locality=15202-00", null);
            }
        }
        // Estimates that make every kind of rule fire: each payer and site, guidance the LCD does not cover,
        // levels beyond two, T12-L1, each MAC, no locality, diagnoses covered, not covered and of another region,
        // a date whose fees are carried forward, ABN on file or not, compare sites.
        ArrayNode forecast = OpenApiDocument.JSON.createArrayNode();
        int n = 0;
        for (String payer : payerIds) {
            for (String[] v : variants()) {
                ObjectNode e = SampleRequests.workedExample();
                e.put("payerId", payer);
                e.put("siteOfService", v[0]);
                e.put("procedure", v[1]);
                if (v[1].equals("RFA")) {
                    e.remove("purpose");
                } else {
                    e.put("purpose", v[2]);
                }
                e.put("guidance", v[3]);
                ArrayNode levels = e.putArray("levels");
                for (String level : v[4].split(" ")) {
                    levels.add(level);
                }
                if (!v[5].isEmpty()) {
                    e.put("locality", v[5]);
                }
                e.put("dateOfService", v[6]);
                if (!v[7].isEmpty()) {
                    ArrayNode dx = e.putArray("diagnoses");
                    for (String code : v[7].split(" ")) {
                        dx.add(code);
                    }
                }
                e.put("abnOnFile", n % 2 == 0);
                e.put("compareSites", n % 3 == 0);
                send("POST", "/estimates", e.toString());
                e.remove("compareSites");
                e.put("appointmentId", "a" + n++);
                forecast.add(e);
            }
        }
        ObjectNode body = OpenApiDocument.JSON.createObjectNode();
        body.set("appointments", forecast);
        send("POST", "/forecasts", body.toString());
        // Sessions: record, refuse over the limit, list, cancel.
        String patient = ApiStack.newPatientId("sources");
        for (int i = 1; i <= 5; i++) {
            ObjectNode s = SampleRequests.session("s" + i, "2026-0" + i + "-02", "SCHEDULED");
            s.put("requireWithinLimit", true);
            send("POST", "/patients/" + patient + "/sessions", s.toString());
        }
        send("GET", "/patients/" + patient + "/sessions?asOf=2026-06-01", null);
        send("PATCH", "/patients/" + patient + "/sessions/s1", "{\"status\":\"CANCELLED\"}");
        // Bad requests: their problems name fields, never documents.
        send("POST", "/estimates", "{\"payerId\":\"medicare\",\"diagnoses\":[\"M54\",\"nope\"]}");
        send("GET", "/payers/medicare/fees?site=MOON", null);

        assertThat(leaks).isEmpty();
        assertThat(responses).as("responses checked").isGreaterThan(100);
    }

    /** site, procedure, purpose, guidance, levels, locality, date, diagnoses. */
    private static List<String[]> variants() {
        return List.of(
                new String[] {"OFFICE", "INJECTION", "THERAPEUTIC", "FLUOROSCOPY", "L4-L5 L5-S1", "", "2026-03-02", ""},
                new String[] {"ASC", "INJECTION", "DIAGNOSTIC", "FLUOROSCOPY", "L3-L4 L4-L5 L5-S1", "01182-18", "2026-03-02", "M47.816"},
                new String[] {"HOPD", "RFA", "", "CT", "L4-L5 L5-S1", "15202-00", "2026-03-02", "M53.86"},
                new String[] {"OFFICE", "INJECTION", "DIAGNOSTIC", "ULTRASOUND", "T12-L1 L1-L2", "09102-99", "2025-06-10", "M54.50"},
                new String[] {"ASC", "INJECTION", "DIAGNOSTIC", "NONE", "C5-C6", "04412-11", "2026-05-05", "M47.812"},
                new String[] {"HOPD", "RFA", "", "ULTRASOUND", "L5-S1", "", "2026-05-05", ""},
                new String[] {"OFFICE", "INJECTION", "DIAGNOSTIC", "FLUOROSCOPY", "L4-L5", "02102-01", "2026-04-15", "M47.816 M54.50"},
                new String[] {"OFFICE", "INJECTION", "DIAGNOSTIC", "FLUOROSCOPY", "L4-L5", "02102-01", "2026-04-16", "M47.812"},
                new String[] {"ASC", "RFA", "", "FLUOROSCOPY", "T12-L1", "13202-01", "2027-01-15", "M47.814"},
                new String[] {"OFFICE", "INJECTION", "THERAPEUTIC", "CT", "L2-L3 L3-L4 L4-L5 L5-S1", "10212-01", "2027-01-15", ""});
    }
}
