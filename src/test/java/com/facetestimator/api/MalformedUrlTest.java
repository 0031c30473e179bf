package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.tools.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request target the JDK server cannot parse (a bare '%', a space-like character) gets the
 * API's problem+json 400 naming the path or the query, not the JDK's HTML page. Sent on a raw
 * socket: an HTTP client would refuse to send such a URL at all.
 */
class MalformedUrlTest {

    @ParameterizedTest
    @CsvSource({
            "GET /patients/a%zz/sessions, path",
            "GET /payers/%, path",
            "GET /payers?x=%, query",
            "GET /patients/p1/sessions?asOf=2026-03-0%2, query",
            "POST /estimates%, path"})
    void isAProblemNamingWhereItIs(String request, String field) throws Exception {
        String[] parts = request.split(" ");
        String response = exchange(parts[0] + " " + parts[1] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400 ");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("content-type: application/problem+json");
        JsonNode problem = Json.MAPPER.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(response).doesNotContain("URISyntaxException").doesNotContain("<h1>");
    }

    @ParameterizedTest
    @CsvSource({"GET /payers", "GET /payers?x=%25"})
    void aWellFormedTargetStillReachesTheHandlers(String request) throws Exception {
        String response = exchange(request + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 ");
        assertThat(response.toLowerCase()).contains("content-type: application/");
    }

    private static String exchange(String raw) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), ApiStack.shared().server().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
