package com.facetestimator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one bench run measured, the budgets judged from it, and the three ways it is written:
 * target/bench/results.json, target/bench/results.md and the README's Benchmarks section.
 * Fields are filled in by {@link Bench} as it goes; everything derived is computed here.
 */
final class Results {
    static final String README_START = "<!-- bench:start -->";
    static final String README_END = "<!-- bench:end -->";

    static final double COLD_START_RATIO_LIMIT = 1.3;
    static final double WARM_RATIO_LIMIT = 1.5;
    static final double REQUESTS_PER_ESTIMATE_LIMIT = 1;
    static final double FORECAST_WALL_MS_LIMIT = 2_000;
    static final double FORECAST_REQUESTS_LIMIT = 15;
    /** 12 MB, read strictly as 12,000,000 bytes. */
    static final double ARTIFACT_BYTES_LIMIT = 12_000_000;
    static final double FORECAST_CSV_WALL_MS_LIMIT = 3_000;
    /** 512 MB of heap, read as 512 MiB. */
    static final double FORECAST_CSV_HEAP_LIMIT = 512.0 * 1024 * 1024;
    static final double FORECAST_CSV_PER_APPOINTMENT_RATIO_LIMIT = 1.5;

    String generatedAt;
    Map<String, Object> machine = new LinkedHashMap<>();
    List<String> childJvmOptions = List.of();
    List<String> benchJvmOptions = List.of();

    double[] coldStartMs;
    double[] coldStartFloorMs;
    /** Spawn to the child's main(): the JVM's own start, the same for both. */
    double[] coldMainMs;
    double[] floorMainMs;
    int coldStartErrors;

    double[] warmEstimateMs;
    double[] getItemMs;
    /** DynamoDB requests each measured warm estimate made. */
    double[] requestsPerEstimate;
    int warmErrors;

    int forecastAppointments;
    int forecastPatients;
    double[] forecastWallMs;
    long forecastRequests;
    Map<String, Long> forecastRequestsByOperation = Map.of();
    long forecastRequestsWarmCaches;
    Map<String, Object> forecastViaHandler = Map.of();
    /** The CSV forecast through the handler: 30,000 appointments, and the 5,000 it is compared with. */
    ForecastCsvBench.Measure forecastCsv;
    ForecastCsvBench.Measure forecastCsvSmall;
    /** The large forecast's ledgers read alone: how much of its wall time is DynamoDB's. */
    double forecastCsvLedgerReadMs = Double.NaN;

    long artifactBytes;
    long layoutBytes;
    int layoutJars;
    long heapAfterWarmupBytes;
    /** Jars of the layout the estimates function loaded no class from, with their sizes. */
    Map<String, Long> unusedJars = Map.of();
    long heapInvocations;

    double coldStartRatio() {
        return Stats.ratio(Stats.median(coldStartMs), Stats.median(coldStartFloorMs));
    }

    double warmRatio() {
        return Stats.ratio(Stats.percentile(warmEstimateMs, 50), Stats.percentile(getItemMs, 50));
    }

    double forecastWallMedian() {
        return Stats.median(forecastWallMs);
    }

    List<Budget> budgets() {
        List<Budget> budgets = new ArrayList<>(List.of(
                Budget.atMost("coldStart", "cold start median <= 1.3 x floor median", coldStartRatio(), COLD_START_RATIO_LIMIT, "x floor"),
                Budget.atMost("warmEstimate", "warm estimate p50 <= 1.5 x GetItem p50", warmRatio(), WARM_RATIO_LIMIT, "x GetItem"),
                Budget.atMost("requestsPerWarmEstimate", "at most 1 DynamoDB request per warm estimate (the most any one made)",
                        Stats.max(requestsPerEstimate), REQUESTS_PER_ESTIMATE_LIMIT, "requests"),
                Budget.atMost("forecastWall", "forecast of 5,000 appointments in at most 2 s", forecastWallMedian(), FORECAST_WALL_MS_LIMIT, "ms"),
                Budget.atMost("forecastRequests", "forecast in at most 15 DynamoDB requests", forecastRequests, FORECAST_REQUESTS_LIMIT, "requests"),
                Budget.atMost("artifactBytes", "deployable artifact (zip) at most 12 MB", artifactBytes, ARTIFACT_BYTES_LIMIT, "bytes")));
        budgets.addAll(forecastCsvBudgets());
        return budgets;
    }

    /** The CSV forecast's four budgets; none when it was not measured. */
    List<Budget> forecastCsvBudgets() {
        if (forecastCsv == null || forecastCsvSmall == null) {
            return List.of();
        }
        return List.of(
                Budget.atMost("forecastCsvWall", "CSV forecast of 30,000 appointments over 6,000 patients through the handler in at most 3 s",
                        forecastCsv.wallMs(), FORECAST_CSV_WALL_MS_LIMIT, "ms"),
                Budget.atMost("forecastCsvBatchGets", "at most one BatchGetItem per 100 distinct patients, every other request a"
                        + " fee or payer Query", forecastCsvBatchGets(), ForecastCsvBench.batchGetBudget(forecastCsv.patients()), "BatchGetItem"),
                Budget.atMost("forecastCsvPeakHeap", "heap peak of the 30,000-appointment CSV forecast at most 512 MiB",
                        forecastCsv.peakHeapBytes(), FORECAST_CSV_HEAP_LIMIT, "bytes"),
                Budget.atMost("forecastCsvPerAppointment", "time per appointment at 30,000 at most 1.5 x that at 5,000",
                        perAppointmentRatio(), FORECAST_CSV_PER_APPOINTMENT_RATIO_LIMIT, "x"));
    }

    double perAppointmentRatio() {
        return ForecastCsvBench.perAppointmentRatio(forecastCsvSmall, forecastCsv);
    }

    /** BatchGetItems of the large CSV forecast; not a number (a failed budget) when any other request was not a Query. */
    double forecastCsvBatchGets() {
        Map<String, Long> ops = forecastCsv.requestsByOperation();
        boolean othersAreQueries = ops.keySet().stream().allMatch(op -> op.equals("BatchGetItem") || op.equals("Query"));
        return othersAreQueries ? ops.getOrDefault("BatchGetItem", 0L) : Double.NaN;
    }

    boolean allPass() {
        return budgets().stream().allMatch(Budget::pass);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generatedAt", generatedAt);
        json.put("machine", machine);
        json.put("childJvmOptions", childJvmOptions);
        json.put("benchJvmOptions", benchJvmOptions);

        Map<String, Object> cold = runs(coldStartMs);
        cold.put("jvmStartToMainMedian", ms(Stats.median(coldMainMs)));
        cold.put("errors", coldStartErrors);
        json.put("coldStartMs", cold);
        Map<String, Object> floor = runs(coldStartFloorMs);
        floor.put("jvmStartToMainMedian", ms(Stats.median(floorMainMs)));
        json.put("coldStartFloorMs", floor);
        json.put("coldStartRatio", Stats.round(coldStartRatio(), 3));

        json.put("warmEstimateMs", latency(warmEstimateMs, warmErrors));
        json.put("getItemMs", latency(getItemMs, 0));
        json.put("warmRatio", Stats.round(warmRatio(), 3));
        json.put("requestsPerWarmEstimate", Stats.round(Stats.mean(requestsPerEstimate), 4));
        json.put("requestsPerWarmEstimateMax", (long) Stats.max(requestsPerEstimate));

        Map<String, Object> forecast = new LinkedHashMap<>();
        forecast.put("appointments", forecastAppointments);
        forecast.put("patients", forecastPatients);
        forecast.put("wallMs", ms(forecastWallMedian()));
        forecast.put("wallMsRuns", Arrays.stream(forecastWallMs).map(v -> Stats.round(v, 3)).toArray());
        forecast.put("requests", forecastRequests);
        forecast.put("requestsByOperation", forecastRequestsByOperation);
        forecast.put("requestsWithWarmCaches", forecastRequestsWarmCaches);
        forecast.put("viaHandler", forecastViaHandler);
        json.put("forecast", forecast);

        if (forecastCsv != null && forecastCsvSmall != null) {
            Map<String, Object> csv = forecastCsv.json();
            csv.put("perAppointmentRatio", Stats.round(perAppointmentRatio(), 3));
            csv.put("msPerAppointment", Stats.round(forecastCsv.msPerAppointment(), 4));
            Map<String, Object> small = forecastCsvSmall.json();
            small.put("msPerAppointment", Stats.round(forecastCsvSmall.msPerAppointment(), 4));
            csv.put("compared", small);
            csv.put("ledgerReadMs", Stats.round(forecastCsvLedgerReadMs, 1));
            json.put("forecastCsv", csv);
        }
        json.put("artifactBytes", artifactBytes);
        json.put("artifactLayout", Map.of("bytes", layoutBytes, "jars", layoutJars, "jarsTheEstimatesFunctionNeverLoads", unusedJars));
        json.put("heapAfterWarmupBytes", heapAfterWarmupBytes);
        json.put("heapAfterWarmupInvocations", heapInvocations);

        List<Map<String, Object>> budgets = new ArrayList<>();
        for (Budget b : budgets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.name());
            m.put("rule", b.rule());
            m.put("measured", Stats.round(b.measured(), 3));
            m.put("limit", b.limit());
            m.put("unit", b.unit());
            m.put("result", b.verdict());
            budgets.add(m);
        }
        json.put("budgets", budgets);
        json.put("pass", allPass());
        return json;
    }

    String markdown() {
        List<Budget> b = budgets();
        StringBuilder md = new StringBuilder();
        md.append("`./scripts/bench.sh` (builds the SAM-layout artifact, starts its own emulator, about 2 minutes on 2 cores;"
                + " `--enforce` exits non-zero on a failed budget) writes `target/bench/results.json`; `--update-readme` also rewrites this table. Latest run:\n\n");
        md.append("Measured ").append(generatedAt).append(" by `./scripts/bench.sh` on ").append(machineLine()).append(".\n");
        md.append("Child JVMs (cold start, heap): `").append(String.join(" ", childJvmOptions)).append("`; warm and forecast in the bench JVM with `")
                .append(String.join(" ", benchJvmOptions)).append("`. DynamoDB: dynalite on this machine.\n\n");
        md.append("| Measure | Value | Baseline, same run | Ratio | Budget | Result |\n");
        md.append("|---|---|---|---|---|---|\n");
        row(md, "Cold start: fresh JVM to first POST /estimates answer, median of " + coldStartMs.length + " (ms)",
                fmt(Stats.median(coldStartMs)), "floor (same client, one GetItem): " + fmt(Stats.median(coldStartFloorMs)),
                fmt2(coldStartRatio()), "<= 1.3 x floor", b.get(0));
        row(md, "Warm estimate, " + warmEstimateMs.length + " varied, in process: p50 / p99 (ms)",
                fmt2(Stats.percentile(warmEstimateMs, 50)) + " / " + fmt2(Stats.percentile(warmEstimateMs, 99)),
                "GetItem p50 / p99: " + fmt2(Stats.percentile(getItemMs, 50)) + " / " + fmt2(Stats.percentile(getItemMs, 99)),
                fmt2(warmRatio()), "p50 <= 1.5 x GetItem p50", b.get(1));
        row(md, "DynamoDB requests per warm estimate: mean (max)",
                String.format(Locale.ROOT, "%.2f (%d)", Stats.mean(requestsPerEstimate), (long) Stats.max(requestsPerEstimate)),
                "", "", "<= 1", b.get(2));
        row(md, "Forecast, " + String.format(Locale.ROOT, "%,d", forecastAppointments) + " appointments over "
                        + String.format(Locale.ROOT, "%,d", forecastPatients) + " patients, empty caches: wall time (ms)",
                fmt(forecastWallMedian()), "", "", "<= 2,000 ms", b.get(3));
        row(md, "Forecast: DynamoDB requests", forecastRequests + " " + forecastRequestsByOperation, "", "", "<= 15", b.get(4));
        row(md, "Deployable artifact, zipped as SAM would (bytes)", String.format(Locale.ROOT, "%,d", artifactBytes),
                layoutJars + " jars, " + String.format(Locale.ROOT, "%,d", layoutBytes) + " bytes unzipped", "", "<= 12,000,000", b.get(5));
        if (!forecastViaHandler.isEmpty()) {
            md.append("| Forecast through the handler: as many of the same appointments as a 1 MB body holds (")
                    .append(String.format(Locale.ROOT, "%,d", ((Number) forecastViaHandler.get("appointments")).intValue()))
                    .append(") | ").append(fmt(((Number) forecastViaHandler.get("wallMs")).doubleValue())).append(" ms, ")
                    .append(forecastViaHandler.get("requests")).append(" requests, status ").append(forecastViaHandler.get("status"))
                    .append(" | | | (reported) | |\n");
        }
        md.append(forecastCsvRows());
        md.append("| Heap in use after warm-up (").append(heapInvocations).append(" estimates, full GC) | ")
                .append(String.format(Locale.ROOT, "%.1f MiB", heapAfterWarmupBytes / 1048576.0)).append(" | | | (reported) | |\n");
        if (!unusedJars.isEmpty()) {
            md.append("\nJars in the artifact from which the estimates function loaded no class (cold start, then ")
                    .append(heapInvocations).append(" estimates): ")
                    .append(String.join(", ", unusedJars.entrySet().stream()
                            .map(e -> e.getKey() + " (" + String.format(Locale.ROOT, "%,d", e.getValue()) + ")").toList()))
                    .append("; ").append(String.format(Locale.ROOT, "%,d", unusedJars.values().stream().mapToLong(Long::longValue).sum()))
                    .append(" bytes in all. Other functions may need some of them.\n");
        }
        md.append("\nCold start is timed from the parent's `System.nanoTime()` just before it starts the child JVM to the"
                + " handler's response, the same way for both handlers, runs interleaved. Warm estimates and GetItems alternate"
                + " in one loop against the same client. Ratios are within this run, so the machine's speed and load cancel out"
                + " as far as they can; absolute times on a shared 2-core machine move by tens of percent between runs.\n");
        md.append("\nOverall: ").append(allPass() ? "every budget passes" : "FAIL: " + String.join(", ",
                b.stream().filter(x -> !x.pass()).map(Budget::name).toList())).append(".\n");
        return md.toString();
    }

    /** The CSV forecast's rows of the table (none when it was not measured). */
    String forecastCsvRows() {
        List<Budget> b = forecastCsvBudgets();
        if (b.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        row(md, "Forecast as CSV through the handler (CSV answer), " + String.format(Locale.ROOT, "%,d", forecastCsv.appointments())
                        + " appointments over " + String.format(Locale.ROOT, "%,d", forecastCsv.patients()) + " patients, "
                        + String.format(Locale.ROOT, "%,d", forecastCsv.bodyBytes()) + " bytes, empty caches: wall time (ms)",
                fmt(forecastCsv.wallMs()), "of which reading the " + String.format(Locale.ROOT, "%,d", forecastCsv.patients())
                        + " ledgers alone: " + fmt(forecastCsvLedgerReadMs), "", "<= 3,000 ms", b.get(0));
        row(md, "Forecast as CSV: DynamoDB requests", forecastCsv.requests() + " " + forecastCsv.requestsByOperation(),
                forecastCsv.patients() + " patients", "", "BatchGetItem <= " + ForecastCsvBench.batchGetBudget(forecastCsv.patients())
                        + ", the rest fee/payer Queries", b.get(1));
        row(md, "Forecast as CSV: heap peak (MiB)", String.format(Locale.ROOT, "%.0f", forecastCsv.peakHeapBytes() / 1048576.0),
                "", "", "<= 512", b.get(2));
        row(md, "Forecast as CSV: time per appointment at " + String.format(Locale.ROOT, "%,d", forecastCsv.appointments()) + " (ms)",
                String.format(Locale.ROOT, "%.3f", forecastCsv.msPerAppointment()),
                String.format(Locale.ROOT, "at %,d over %,d patients: %.3f (%,.0f ms)", forecastCsvSmall.appointments(),
                        forecastCsvSmall.patients(), forecastCsvSmall.msPerAppointment(), forecastCsvSmall.wallMs()),
                fmt2(perAppointmentRatio()), "<= 1.5 x", b.get(3));
        return md.toString();
    }

    /** Just the CSV forecast's rows, under the table's header (for {@code --forecast-csv-only}). */
    String forecastCsvMarkdown() {
        return "| Measure | Value | Baseline, same run | Ratio | Budget | Result |\n|---|---|---|---|---|---|\n" + forecastCsvRows();
    }

    /** The README with its bench section replaced; the markers (and everything outside) kept as they are. */
    static String withBenchSection(String readme, String section) {
        int start = readme.indexOf(README_START);
        int end = readme.indexOf(README_END);
        String body = README_START + "\n" + section.strip() + "\n" + README_END;
        if (start < 0 || end < start) {
            String sep = readme.isEmpty() || readme.endsWith("\n\n") ? "" : readme.endsWith("\n") ? "\n" : "\n\n";
            return readme + sep + "## Benchmarks\n\n" + body + "\n";
        }
        return readme.substring(0, start) + body + readme.substring(end + README_END.length());
    }

    void write(Path dir, Path readme) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("results.json"), mapper.writeValueAsString(toJson()) + "\n", StandardCharsets.UTF_8);
        String md = markdown();
        Files.writeString(dir.resolve("results.md"), md, StandardCharsets.UTF_8);
        if (readme != null) {
            String current = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
            Files.writeString(readme, withBenchSection(current, md), StandardCharsets.UTF_8);
        }
    }

    String machineLine() {
        return machine.getOrDefault("cpu", "?") + ", " + machine.getOrDefault("cores", "?") + " cores, "
                + machine.getOrDefault("memoryGiB", "?") + " GiB, " + machine.getOrDefault("os", "?") + ", Java "
                + machine.getOrDefault("java", "?") + ", " + machine.getOrDefault("emulator", "?");
    }

    private static Map<String, Object> runs(double[] ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", ms(Stats.median(ms)));
        m.put("min", ms(Arrays.stream(ms).min().orElse(Double.NaN)));
        m.put("max", ms(Stats.max(ms)));
        m.put("runs", Arrays.stream(ms).map(v -> Stats.round(v, 1)).toArray());
        return m;
    }

    private static Map<String, Object> latency(double[] ms, int errors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", ms(Stats.percentile(ms, 50)));
        m.put("p99", ms(Stats.percentile(ms, 99)));
        m.put("mean", ms(Stats.mean(ms)));
        m.put("max", ms(Stats.max(ms)));
        m.put("count", ms.length);
        m.put("errors", errors);
        return m;
    }

    private static double ms(double v) {
        return Stats.round(v, 3);
    }

    private static void row(StringBuilder md, String measure, String value, String baseline, String ratio, String budget, Budget b) {
        md.append("| ").append(measure).append(" | ").append(value).append(" | ").append(baseline).append(" | ").append(ratio)
                .append(" | ").append(budget).append(" | **").append(b.verdict()).append("** |\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
