package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.SampleRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages next to the API on the local server, and the patient page's public estimate route. */
class LocalServerPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.shared();
    }

    @Test
    void servesTheFrontDeskAtTheRootAndThePatientPageWithoutItsExtension() {
        HttpResponse<String> desk = api.send("GET", "/", null);
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(desk.body()).contains("Estimate result").contains("/js/frontdesk.js");
        assertThat(desk.headers().firstValue("content-security-policy").orElseThrow())
                .contains("default-src 'self'").contains("connect-src 'self'");

        HttpResponse<String> patient = api.send("GET", "/patient", null);
        assertThat(patient.statusCode()).isEqualTo(200);
        assertThat(patient.body()).contains("/js/patient.js").doesNotContain("patientId");

        HttpResponse<String> script = api.send("GET", "/js/form.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(api.send("GET", "/css/site.css", null).headers().firstValue("content-type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void nothingOutsideThePagesFolderCanBeRead() throws IOException {
        for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/js/../../pom.xml", "/.gitignore", "/js/%2Fetc%2Fpasswd",
                "/web/index.html", "/template.yaml", "/no-such-page", "/js/", "/index.html%00")) {
            HttpResponse<String> response = api.send("GET", path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("content-type")).as(path).hasValue("application/problem+json");
            assertThat(response.body()).as(path).doesNotContain("<html");
        }
        assertThat(api.send("POST", "/", "{}").statusCode()).as("pages answer GET and HEAD only").isEqualTo(404);
        assertThat(api.send("HEAD", "/patient", null).statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicEstimateEqualsTheStaffEstimateWithoutAPatient() throws IOException {
        String body = SampleRequests.workedExample().toString();
        JsonNode staff = JSON.readTree(api.send("POST", "/estimates", body).body());
        HttpResponse<String> response = api.send("POST", "/public/estimates", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(staff);
    }

    @Test
    void thePublicEstimateRefusesAPatientIdNamingItAndWithoutEchoingIt() throws IOException {
        ObjectNode request = SampleRequests.workedExample();
        request.put("patientId", "pt-secret-42");
        HttpResponse<String> response = api.send("POST", "/public/estimates", request.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("patientId");
        assertThat(response.body()).doesNotContain("pt-secret-42");
    }
}
