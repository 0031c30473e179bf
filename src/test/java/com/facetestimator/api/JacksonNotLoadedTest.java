package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.testing.ApiStack;
import com.facetestimator.testing.DynamoDbTestEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No class of jackson is loaded by the request path, from a cold JVM: not databind (an
 * ObjectMapper costs a cold start about 200 ms), and not jackson-core either, since the functions
 * read and write JSON with {@code json/PlainJsonValues} (loading jackson-core cost about 20 ms).
 * Each scenario runs in a fresh JVM with {@code -verbose:class} and jackson on its class path,
 * through the handlers Lambda runs, and the class-load log is split by request. A control run
 * that builds the tools' ObjectMapper shows the check sees jackson when it is there.
 */
class JacksonNotLoadedTest {
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) ");
    private static final String JACKSON = "com.fasterxml.jackson.";

    @Test
    void noRequestPathLoadsJackson() throws Exception {
        ApiStack stack = ApiStack.shared(); // reference data published into fresh tables
        Run run = probe(DynamoDbTestEndpoint.endpoint(), stack,
                "estimate", "forecast", "forecast-csv", "forecast-csv-invalid", "bad-request", "not-found", "limit-exceeded", "control");

        assertThat(run.status).containsEntry("estimate", 200).containsEntry("forecast", 200)
                .containsEntry("forecast-csv", 200).containsEntry("forecast-csv-invalid", 400)
                .containsEntry("bad-request", 400).containsEntry("not-found", 404).containsEntry("limit-exceeded", 409);
        for (String scenario : List.of("startup", "estimate", "forecast", "forecast-csv", "forecast-csv-invalid", "bad-request", "not-found",
                "limit-exceeded")) {
            assertThat(run.jackson.getOrDefault(scenario, List.of())).as("jackson classes loaded by " + scenario).isEmpty();
        }
        assertThat(run.jackson.get("control")).as("the control run's ObjectMapper is seen").contains(JACKSON + "databind.ObjectMapper");
    }

    @Test
    void aStorageOutageLoadsNoJackson() throws Exception {
        ApiStack stack = ApiStack.shared();
        Run run = probe(DynamoDbTestEndpoint.unreachableEndpoint(), stack, "storage-unavailable");

        assertThat(run.status).containsEntry("storage-unavailable", 503);
        assertThat(run.jackson.getOrDefault("startup", List.of())).isEmpty();
        assertThat(run.jackson.getOrDefault("storage-unavailable", List.of())).as("jackson classes loaded by a 503").isEmpty();
    }

    private record Run(Map<String, Integer> status, Map<String, List<String>> jackson) {}

    private static Run probe(String endpoint, ApiStack stack, String... scenarios) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class",
                "-D" + com.facetestimator.store.DynamoDbClients.ENDPOINT_PROPERTY + "=" + endpoint,
                "-Dfacet.fees.table=" + stack.tables().fees(),
                "-Dfacet.sessions.table=" + stack.tables().sessions(),
                "-cp", classPath(),
                RequestPathProbe.class.getName()));
        command.addAll(List.of(scenarios));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output.lines().filter(l -> !l.contains("[class,load]")).toList().toString()).isZero();

        Map<String, Integer> status = new LinkedHashMap<>();
        Map<String, List<String>> jackson = new LinkedHashMap<>();
        String scenario = "startup";
        for (String line : output.split("\n")) {
            if (line.startsWith(RequestPathProbe.BEGIN)) {
                scenario = line.substring(RequestPathProbe.BEGIN.length()).trim();
            } else if (line.startsWith(RequestPathProbe.END)) {
                String[] parts = line.substring(RequestPathProbe.END.length()).trim().split(" ");
                status.put(parts[0], Integer.parseInt(parts[1]));
                scenario = "between requests";
            } else {
                Matcher m = LOADED.matcher(line);
                if (m.find() && m.group(1).startsWith(JACKSON)) {
                    jackson.computeIfAbsent(scenario, k -> new ArrayList<>()).add(m.group(1));
                }
            }
        }
        assertThat(status.keySet()).as("every scenario ran").containsExactly(scenarios);
        return new Run(status, jackson);
    }

    /** Surefire may hand the forked JVM a manifest-only jar; its test class path is then in this property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
