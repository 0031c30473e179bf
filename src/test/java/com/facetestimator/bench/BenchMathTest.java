package com.facetestimator.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's arithmetic and writers, without running the bench (fast; part of the test suite). */
class BenchMathTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Stats.median(new double[] {7})).isEqualTo(7);
    }

    @Test
    void percentilesAreNearestRankAndNeverInterpolated() {
        double[] hundred = IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray();
        assertThat(Stats.percentile(hundred, 50)).isEqualTo(50);
        assertThat(Stats.percentile(hundred, 99)).isEqualTo(99);
        assertThat(Stats.percentile(hundred, 100)).isEqualTo(100);
        assertThat(Stats.percentile(hundred, 0.5)).isEqualTo(1);

        double[] shuffled = {10, 40, 20, 30};
        assertThat(Stats.percentile(shuffled, 50)).isEqualTo(20);
        assertThat(Stats.percentile(shuffled, 75)).isEqualTo(30);
        assertThat(Stats.percentile(shuffled, 99)).isEqualTo(40);
        assertThat(shuffled).as("inputs are not sorted in place").containsExactly(10, 40, 20, 30);

        double[] fiveThousand = IntStream.range(0, 5_000).mapToDouble(i -> 5_000 - i).toArray(); // 5000 .. 1
        assertThat(Stats.percentile(fiveThousand, 50)).isEqualTo(2_500);
        assertThat(Stats.percentile(fiveThousand, 99)).isEqualTo(4_950);
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> Stats.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(new double[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratiosAndRounding() {
        assertThat(Stats.ratio(130, 100)).isEqualTo(1.3);
        assertThat(Stats.ratio(0, 0)).isEqualTo(1);
        assertThat(Stats.ratio(1, 0)).isInfinite();
        assertThat(Stats.round(1.23456, 2)).isEqualTo(1.23);
        assertThat(Stats.round(1.005, 2)).isEqualTo(1.01);
        assertThat(Stats.nanosToMillis(new long[] {1_500_000})).containsExactly(1.5);
    }

    @Test
    void aBudgetPassesAtItsLimitAndFailsAboveOrOnNaN() {
        assertThat(Budget.atMost("x", "", 1.3, 1.3, "x").pass()).isTrue();
        assertThat(Budget.atMost("x", "", 1.3000001, 1.3, "x").verdict()).isEqualTo("FAIL");
        assertThat(Budget.atMost("x", "", Double.NaN, 1.3, "x").pass()).isFalse();
        assertThat(Budget.atMost("x", "", Double.POSITIVE_INFINITY, 1.3, "x").pass()).isFalse();
    }

    @Test
    void budgetsAreJudgedFromTheMeasuresAsIssueSevenStatesThem() {
        Results r = sample();
        assertThat(r.coldStartRatio()).isEqualTo(1.2);
        assertThat(r.warmRatio()).isEqualTo(1.25);
        assertThat(r.budgets()).extracting(Budget::name, Budget::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("coldStart", "PASS"),
                org.assertj.core.groups.Tuple.tuple("warmEstimate", "PASS"),
                org.assertj.core.groups.Tuple.tuple("requestsPerWarmEstimate", "PASS"),
                org.assertj.core.groups.Tuple.tuple("forecastWall", "PASS"),
                org.assertj.core.groups.Tuple.tuple("forecastRequests", "PASS"),
                org.assertj.core.groups.Tuple.tuple("artifactBytes", "FAIL"));
        assertThat(r.allPass()).isFalse();

        r.requestsPerEstimate = new double[] {1, 1, 2, 0};
        assertThat(r.budgets().get(2).pass()).as("judged on the most any one estimate made, not the mean (1.0)").isFalse();
        r.coldStartFloorMs = new double[] {100, 100, 100};
        assertThat(r.budgets().get(0).measured()).isEqualTo(6);
    }

    @Test
    void resultsJsonHasTheFieldsTheIssueNames(@TempDir Path dir) throws Exception {
        Results r = sample();
        r.write(dir, null);
        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("results.json")));
        assertThat(json.at("/coldStartMs/median").asDouble()).isEqualTo(600);
        assertThat(json.at("/coldStartFloorMs/median").asDouble()).isEqualTo(500);
        assertThat(json.at("/warmEstimateMs/p50").asDouble()).isEqualTo(2.5);
        assertThat(json.at("/warmEstimateMs/p99").asDouble()).isEqualTo(9);
        assertThat(json.at("/getItemMs/p50").asDouble()).isEqualTo(2);
        assertThat(json.at("/getItemMs/p99").asDouble()).isEqualTo(4);
        assertThat(json.at("/requestsPerWarmEstimate").asDouble()).isEqualTo(0.75);
        assertThat(json.at("/forecast/wallMs").asDouble()).isEqualTo(800);
        assertThat(json.at("/forecast/requests").asLong()).isEqualTo(12);
        assertThat(json.at("/artifactBytes").asLong()).isEqualTo(12_500_000);
        assertThat(json.at("/heapAfterWarmupBytes").asLong()).isEqualTo(30_000_000);
        assertThat(json.at("/budgets/5/result").asText()).isEqualTo("FAIL");
        assertThat(json.at("/pass").asBoolean()).isFalse();
        assertThat(Files.readString(dir.resolve("results.md")))
                .contains("| Cold start")
                .contains("**PASS**")
                .contains("**FAIL**")
                .contains("FAIL: artifactBytes")
                .doesNotContain("loaded no class");

        r.unusedJars = new java.util.TreeMap<>(Map.of("b.jar", 2_000L, "a.jar", 1_000L));
        assertThat(r.markdown()).contains("a.jar (1,000), b.jar (2,000); 3,000 bytes in all");
        assertThat(r.toJson().get("artifactLayout").toString()).contains("a.jar=1000");
    }

    @Test
    void readmeSectionIsReplacedBetweenTheMarkersOnly() {
        String readme = "# Title\n\n## Benchmarks\n\nintro kept\n" + Results.README_START + "\nold table\n" + Results.README_END
                + "\n\n## After\ntext\n";
        String updated = Results.withBenchSection(readme, "| new | table |\n");
        assertThat(updated).isEqualTo("# Title\n\n## Benchmarks\n\nintro kept\n" + Results.README_START + "\n| new | table |\n"
                + Results.README_END + "\n\n## After\ntext\n");
        assertThat(Results.withBenchSection(updated, "| newer |")).contains("| newer |").doesNotContain("| new | table |");
    }

    @Test
    void aReadmeWithoutMarkersGetsTheSectionAppended() {
        assertThat(Results.withBenchSection("", "t")).isEqualTo("## Benchmarks\n\n" + Results.README_START + "\nt\n" + Results.README_END + "\n");
        assertThat(Results.withBenchSection("# R\n", "t")).startsWith("# R\n\n## Benchmarks\n\n");
    }

    @Test
    void forecastBodiesStayUnderTheLimitAndStayValid() throws Exception {
        Workload w = new Workload(1);
        List<Workload.Spec> specs = w.forecastSpecs(5_000, 1_000);
        String body = Workload.forecastBody(specs, 1_000_000);
        assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1_000_000);
        JsonNode parsed = new ObjectMapper().readTree(body);
        assertThat(parsed.get("appointments").size()).isBetween(1, 5_000);
        assertThat(parsed.at("/appointments/0/appointmentId").asText()).isEqualTo("a0");
        assertThat(new ObjectMapper().readTree(w.estimateBody()).get("patientId").asText()).startsWith("p");
    }

    private static Results sample() {
        Results r = new Results();
        r.generatedAt = "2026-11-27T00:00:00Z";
        r.machine = Map.of("cpu", "Test CPU", "cores", 2);
        r.childJvmOptions = List.of("-XX:TieredStopAtLevel=1");
        r.benchJvmOptions = List.of("-Xmx1g");
        r.coldStartMs = new double[] {700, 600, 580};
        r.coldStartFloorMs = new double[] {500, 480, 520};
        r.coldMainMs = new double[] {50, 50, 50};
        r.floorMainMs = new double[] {50, 50, 50};
        r.warmEstimateMs = new double[] {2, 2.5, 3, 9};
        r.getItemMs = new double[] {1, 2, 3, 4};
        r.requestsPerEstimate = new double[] {1, 1, 1, 0};
        r.forecastAppointments = 5_000;
        r.forecastPatients = 1_000;
        r.forecastWallMs = new double[] {900, 800, 700};
        r.forecastRequests = 12;
        r.forecastRequestsByOperation = Map.of("BatchGetItem", 10L, "Query", 2L);
        r.artifactBytes = 12_500_000;
        r.layoutBytes = 14_000_000;
        r.layoutJars = 40;
        r.heapAfterWarmupBytes = 30_000_000;
        r.heapInvocations = 3_000;
        return r;
    }
}
