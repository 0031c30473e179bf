package com.facetestimator.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.api.AccessLog;
import com.facetestimator.api.EstimatesHandler;
import com.facetestimator.api.LambdaContainer;
import com.facetestimator.local.LocalContext;
import com.facetestimator.store.DynamoDbSessionLedger;
import com.facetestimator.store.SnapshotGuard;
import com.facetestimator.store.TableNames;
import com.facetestimator.testing.RequestCounter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The CSV forecast through the handler, as a practice sends its schedule: 30,000 appointments
 * over 6,000 patients in one {@code text/csv} body, answered as CSV ({@code Accept: text/csv}),
 * each run in a fresh container (empty caches). The same at 5,000 over 1,000 gives the time
 * per appointment to compare, so the ratio says whether the forecast scales linearly.
 */
final class ForecastCsvBench {
    static final int APPOINTMENTS = 30_000;
    static final int PATIENTS = 6_000;
    static final int SMALL_APPOINTMENTS = 5_000;
    static final int SMALL_PATIENTS = 1_000;
    /** The ledger store reads this many patients per BatchGetItem. */
    static final int PATIENTS_PER_BATCH_GET = 100;

    /** One size measured: medians over the runs, the most requests and the highest heap peak any run had. */
    record Measure(int appointments, int patients, int bodyBytes, double wallMs, double[] wallMsRuns, long requests,
                   Map<String, Long> requestsByOperation, long peakHeapBytes, int status, int responseRows, int responseBytes) {

        double msPerAppointment() {
            return wallMs / appointments;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("appointments", appointments);
            m.put("patients", patients);
            m.put("bodyBytes", bodyBytes);
            m.put("wallMs", Stats.round(wallMs, 1));
            m.put("wallMsRuns", java.util.Arrays.stream(wallMsRuns).map(v -> Stats.round(v, 1)).toArray());
            m.put("requests", requests);
            m.put("requestsByOperation", requestsByOperation);
            m.put("peakHeapBytes", peakHeapBytes);
            m.put("status", status);
            m.put("responseRows", responseRows);
            m.put("responseBytes", responseBytes);
            return m;
        }
    }

    private final DynamoDbClient dynamo;
    private final TableNames tables;
    private final SnapshotGuard guard;
    private final RequestCounter counter;
    private final int runs;

    ForecastCsvBench(DynamoDbClient dynamo, TableNames tables, SnapshotGuard guard, RequestCounter counter, int runs) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.guard = guard;
        this.counter = counter;
        this.runs = runs;
    }

    /** Patients beyond the bench's usual 1,000 get ledgers too, so every one of the 6,000 is read. */
    static void seedMorePatients(DynamoDbClient dynamo, TableNames tables) {
        new Workload(29).seedLedgers(new DynamoDbSessionLedger(dynamo, tables.sessions()), Workload.PATIENTS, PATIENTS);
    }

    /** The small size first (it also warms the JIT on the path), then the large one. */
    Measure[] measure() {
        Measure small = measure(SMALL_APPOINTMENTS, SMALL_PATIENTS, 31);
        Measure large = measure(APPOINTMENTS, PATIENTS, 37);
        return new Measure[] {small, large};
    }

    /** How long the 6,000 patients' ledgers take to read alone (the BatchGetItems of the large forecast), median of the runs. */
    double ledgerReadMs() {
        List<String> ids = java.util.stream.IntStream.range(0, PATIENTS).mapToObj(Workload::patientId).toList();
        DynamoDbSessionLedger ledger = new DynamoDbSessionLedger(dynamo, tables.sessions());
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ledger.loadAll(ids);
            ms[i] = (System.nanoTime() - t0) / 1_000_000.0;
        }
        return Stats.median(ms);
    }

    private Measure measure(int appointments, int patients, long seed) {
        String body = Workload.forecastCsv(new Workload(seed).forecastSpecs(appointments, patients, true));
        int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        Bench.log("forecast CSV: %,d appointments over %,d patients (%,d bytes of CSV), through the handler, CSV answered; "
                + "%d runs after one warm-up, each in a fresh container", appointments, patients, bodyBytes, runs);
        once(body); // warm-up: JIT and class loading of this size's path, not counted
        double[] wall = new double[runs];
        long requests = 0;
        Map<String, Long> byOperation = Map.of();
        long peak = 0;
        APIGatewayV2HTTPResponse last = null;
        for (int i = 0; i < runs; i++) {
            System.gc(); // start each run from the same heap, so the peak is this run's
            resetPeaks();
            counter.reset();
            long t0 = System.nanoTime();
            last = once(body);
            wall[i] = (System.nanoTime() - t0) / 1_000_000.0;
            peak = Math.max(peak, heapPeak());
            if (counter.total() >= requests) {
                requests = counter.total();
                byOperation = counter.byOperation();
            }
            if (last.getStatusCode() != 200) {
                throw new IllegalStateException("the CSV forecast was answered " + last.getStatusCode() + ": " + abbreviate(last.getBody()));
            }
            Bench.log("  run %d: %.0f ms, %d requests %s, heap peak %.0f MiB", i + 1, wall[i], counter.total(), counter.byOperation(),
                    heapPeak() / 1048576.0);
        }
        String answer = last.getBody();
        int rows = (int) answer.lines().count() - 1;
        if (rows != appointments) {
            throw new IllegalStateException("the CSV answer has " + rows + " rows for " + appointments + " appointments");
        }
        return new Measure(appointments, patients, bodyBytes, Stats.median(wall), wall, requests, byOperation, peak, last.getStatusCode(),
                rows, answer.getBytes(StandardCharsets.UTF_8).length);
    }

    private APIGatewayV2HTTPResponse once(String body) {
        LambdaContainer container = new LambdaContainer(dynamo, tables, guard);
        // The access log line is built as in Lambda; only its terminal write is skipped.
        EstimatesHandler handler = new EstimatesHandler(container.estimates(), container.forecasts(), new AccessLog(line -> { }));
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("POST /forecasts").withRawPath("/forecasts")
                .withHeaders(Map.of("content-type", "text/csv", "accept", "text/csv"))
                .withBody(body).withIsBase64Encoded(false).build();
        return handler.handleRequest(event, new LocalContext("bench-forecast-csv", "bench"));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The heap's peak since the last reset: the sum of each heap pool's own peak. Pools peak at
     * different moments, so this is an upper bound of the heap in use, garbage not yet collected included.
     */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 400 ? String.valueOf(text) : text.substring(0, 400) + "...";
    }

    /** The time per appointment at the large size over that at the small one. */
    static double perAppointmentRatio(Measure small, Measure large) {
        return Stats.ratio(large.msPerAppointment(), small.msPerAppointment());
    }

    /** The DynamoDB budget: one BatchGetItem per 100 distinct patients (rounded up); anything else is a reference-data query. */
    static long batchGetBudget(int patients) {
        return (patients + PATIENTS_PER_BATCH_GET - 1) / PATIENTS_PER_BATCH_GET;
    }
}
