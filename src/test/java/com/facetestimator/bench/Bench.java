package com.facetestimator.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.api.AccessLog;
import com.facetestimator.api.EstimatesHandler;
import com.facetestimator.api.HttpApiHandler;
import com.facetestimator.api.LambdaContainer;
import com.facetestimator.domain.estimate.Forecast;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.facetestimator.local.EmulatorProcess;
import com.facetestimator.local.LocalContext;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.DynamoDbSessionLedger;
import com.facetestimator.store.SnapshotGuard;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.store.TableNames;
import com.facetestimator.testing.RequestCounter;
import com.facetestimator.tools.ReferenceDataPublisher;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The benchmark, run by {@code scripts/bench.sh} after it has built target/sam-layout.
 * One run, one emulator, every measure beside its baseline:
 * <ol>
 *   <li>cold start: fresh JVMs from the layout's classpath only, the estimates handler against a
 *       floor handler (same client, one GetItem), interleaved, median of each;</li>
 *   <li>warm: varied estimates in process, each followed by a plain GetItem from the same client;</li>
 *   <li>requests per warm estimate and per forecast, counted by an SDK interceptor;</li>
 *   <li>the layout zipped as SAM would, and the heap after warm-up in an artifact-only JVM.</li>
 * </ol>
 * Writes target/bench/results.{json,md} and the README's bench section. Exits 0 whatever the
 * budgets say, unless {@code --enforce} is given. Every child process is gone when it returns.
 *
 * <pre>Bench [--enforce] [--cold-runs N] [--warm N] [--child-opts "..."] [--update-readme] [--quick] [--cold-only]</pre>
 */
public final class Bench {
    /** Lambda's Java 17 runtime defaults: C1 only (TieredStopAtLevel=1), serial GC; CDS is on by default. */
    static final List<String> LAMBDA_JVM_OPTIONS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto");
    private static final String ESTIMATES_HANDLER = "com.facetestimator.api.EstimatesHandler";
    private static final String FLOOR_HANDLER = "com.facetestimator.bench.ColdStartFloorHandler";
    private static final String PROBE = "com.facetestimator.bench.ColdStartProbe";
    private static final long CHILD_TIMEOUT_SECONDS = 90;
    private static final Pattern PROBE_LINE = Pattern.compile("PROBE mainMs=([0-9.]+) responseMs=([0-9.]+) status=(\\d+)");
    private static final Pattern HEAP_LINE = Pattern.compile("HEAP used=(\\d+) committed=(\\d+) invocations=(\\d+) errors=(\\d+)");

    private final Path project = Path.of("").toAbsolutePath();
    private final Path layout = project.resolve("target/sam-layout");
    private final Path out = project.resolve("target/bench");
    private final List<Process> children = new CopyOnWriteArrayList<>();
    private final Results results = new Results();

    private int coldRuns = 15;
    private boolean coldOnly;
    private boolean appCds;
    private int warmUp = 2_000;
    private int warmRuns = 5_000;
    private int forecastRuns = 3;
    private boolean forecastCsvOnly;
    private List<String> childOptions = LAMBDA_JVM_OPTIONS;

    private EmulatorProcess emulator;
    private final TableNames tables = new TableNames("bench-fees", "bench-sessions");

    public static void main(String[] args) throws Exception {
        boolean enforce = false;
        boolean readme = false; // tracked files change only when asked
        boolean partial = false;
        Bench bench = new Bench();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--enforce" -> enforce = true;
                case "--update-readme" -> readme = true;
                case "--appcds" -> bench.appCds = true; // experiment: a dynamic AppCDS archive per handler, both sides
                case "--cold-only" -> { // experiments with --child-opts: cold starts only, nothing written
                    bench.coldOnly = true;
                    partial = true;
                }
                case "--forecast-csv-only" -> { // development: the CSV forecast budgets only, nothing written
                    bench.forecastCsvOnly = true;
                    readme = false;
                }
                case "--cold-runs" -> bench.coldRuns = Math.max(10, Integer.parseInt(args[++i]));
                case "--warm" -> bench.warmRuns = Math.max(5_000, Integer.parseInt(args[++i]));
                case "--child-opts" -> bench.childOptions = List.of(args[++i].trim().split("\\s+"));
                case "--quick" -> { // development only: too few runs to judge budgets by
                    bench.coldRuns = 3;
                    bench.warmUp = 300;
                    bench.warmRuns = 500;
                    bench.forecastRuns = 1;
                    partial = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        boolean pass;
        try {
            pass = bench.run(readme && !partial);
        } finally {
            bench.stopEverything();
        }
        System.exit(enforce && !pass ? 1 : 0);
    }

    private boolean run(boolean updateReadme) throws Exception {
        if (!Files.isDirectory(layout.resolve("lib"))) {
            throw new IllegalStateException(layout + " is missing: run ./scripts/bench.sh, which builds it");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopEverything, "bench-cleanup"));
        Files.createDirectories(out.resolve("children"));
        Files.deleteIfExists(out.resolve("probe.jar"));
        results.generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        results.childJvmOptions = childOptions;
        results.benchJvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList();

        emulator = EmulatorProcess.start(project, null);
        results.machine = Machine.describe(emulator);
        log("emulator at %s; seeding tables, the bundled reference data and %,d patients' ledgers", emulator.endpoint(), Workload.PATIENTS);
        RequestCounter counter = new RequestCounter();
        SnapshotGuard guard = new SnapshotGuard();
        DynamoDbClient dynamo = DynamoDbClients.create(emulator.endpoint(), List.of(counter), guard);
        new TableBootstrap(dynamo).createIfMissing(tables);
        Bench.log("reference data: %s", new ReferenceDataPublisher(dynamo, tables, message -> { }).publishBundled());
        new Workload(7).seedLedgers(new DynamoDbSessionLedger(dynamo, tables.sessions()));

        if (forecastCsvOnly) {
            forecastCsv(dynamo, guard, counter);
            System.out.print(results.forecastCsvMarkdown());
            return results.forecastCsvBudgets().stream().allMatch(Budget::pass);
        }
        coldStarts();
        if (coldOnly) {
            return true;
        }
        heapAfterWarmup();
        warmEstimates(dynamo, guard, counter);
        forecast(dynamo, guard, counter);
        forecastCsv(dynamo, guard, counter);
        artifact();

        results.write(out, updateReadme ? project.resolve("README.md") : null);
        System.out.println();
        System.out.print(results.markdown());
        System.out.println("\nWrote " + project.relativize(out.resolve("results.json")) + " and results.md"
                + (updateReadme ? "; README.md's bench section updated" : ""));
        return results.allPass();
    }

    // ---- 1. cold start -------------------------------------------------------------------

    private void coldStarts() throws Exception {
        Workload w = new Workload(11);
        Path estimateEvents = out.resolve("cold-estimate-events.txt");
        Files.writeString(estimateEvents, "POST /estimates\t" + w.estimateBody() + "\n");
        Path floorEvents = out.resolve("cold-floor-events.txt");
        Files.writeString(floorEvents, "GET /floor\t" + Workload.patientId(1) + "\n");

        log("cold start: %d + %d fresh JVMs from %s, interleaved (one discarded pair first)", coldRuns, coldRuns,
                project.relativize(layout));
        if (appCds) {
            jarClasses();
            for (String handler : List.of(ESTIMATES_HANDLER, FLOOR_HANDLER)) {
                Files.deleteIfExists(archive(handler));
                probe(handler, handler.equals(FLOOR_HANDLER) ? floorEvents : estimateEvents, 0, "appcds-training-" + handler);
                log("AppCDS archive for %s: %,d bytes", handler, Files.size(archive(handler)));
            }
        }
        probe(ESTIMATES_HANDLER, estimateEvents, 0, "discard-estimate");
        probe(FLOOR_HANDLER, floorEvents, 0, "discard-floor");
        double[] cold = new double[coldRuns];
        double[] floor = new double[coldRuns];
        double[] coldMain = new double[coldRuns];
        double[] floorMain = new double[coldRuns];
        int errors = 0;
        for (int i = 0; i < coldRuns; i++) {
            boolean floorFirst = i % 2 == 1; // neither kind always runs right after the other
            Probe a = probe(floorFirst ? FLOOR_HANDLER : ESTIMATES_HANDLER, floorFirst ? floorEvents : estimateEvents, 0, "run" + i + "a");
            Probe b = probe(floorFirst ? ESTIMATES_HANDLER : FLOOR_HANDLER, floorFirst ? estimateEvents : floorEvents, 0, "run" + i + "b");
            Probe estimate = floorFirst ? b : a;
            Probe minimal = floorFirst ? a : b;
            cold[i] = estimate.responseMs;
            coldMain[i] = estimate.mainMs;
            floor[i] = minimal.responseMs;
            floorMain[i] = minimal.mainMs;
            errors += estimate.status == 200 ? 0 : 1;
            errors += minimal.status == 200 ? 0 : 1;
            log("  run %2d: estimate %6.1f ms (main at %5.1f), floor %6.1f ms (main at %5.1f)", i + 1, cold[i], coldMain[i],
                    floor[i], floorMain[i]);
        }
        results.coldStartMs = cold;
        results.coldStartFloorMs = floor;
        results.coldMainMs = coldMain;
        results.floorMainMs = floorMain;
        results.coldStartErrors = errors;
        log("cold start median %.1f ms, floor %.1f ms: %.2f x", Stats.median(cold), Stats.median(floor), results.coldStartRatio());
    }

    private record Probe(double mainMs, double responseMs, int status, String output) {}

    private Probe probe(String handler, Path events, int warm, String name) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(childOptions);
        if (warm > 0) { // the heap child also says which of the artifact's jars the function uses
            command.add("-Xlog:class+load:file=" + out.resolve("children/" + name + "-classes.txt"));
        }
        if (appCds) {
            command.add((Files.exists(archive(handler)) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + archive(handler));
        }
        long spawn = System.nanoTime();
        command.add("-Dbench.spawnNanos=" + spawn);
        String classes = appCds ? out.resolve("appcds/classes.jar").toString() : layout.toString();
        // The probe and the floor handler are bench code, not part of the artifact: their small jar
        // comes last, so every class the handler loads is still found in the layout first.
        command.addAll(List.of("-cp", classes + ":" + layout.resolve("lib") + "/*:" + probeJar(), PROBE, handler, events.toString()));
        if (warm > 0) {
            command.add(Integer.toString(warm));
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(out.toFile());
        Path stdout = out.resolve("children/" + name + ".out");
        pb.redirectOutput(stdout.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        for (String k : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
                "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            env.remove(k);
        }
        env.put("DYNAMODB_ENDPOINT", emulator.endpoint());
        env.put("FEES_TABLE", tables.fees());
        env.put("SESSIONS_TABLE", tables.sessions());
        env.put("AWS_REGION", "us-east-1");
        Process p = pb.start();
        children.add(p);
        try {
            if (!p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(name + " did not finish in " + CHILD_TIMEOUT_SECONDS + " s; see " + stdout);
            }
        } finally {
            children.remove(p);
        }
        String text = Files.readString(stdout, StandardCharsets.UTF_8);
        Matcher m = PROBE_LINE.matcher(text);
        if (p.exitValue() != 0 || !m.find()) {
            throw new IllegalStateException(name + " failed (exit " + p.exitValue() + "):\n" + text);
        }
        return new Probe(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Integer.parseInt(m.group(3)), text);
    }

    /** AppCDS archives only jars (a non-empty directory on the class path is refused), so the experiment jars the classes. */
    private void jarClasses() throws IOException {
        Path jar = out.resolve("appcds/classes.jar");
        Files.createDirectories(jar.getParent());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(layout)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(layout.resolve("lib"))).sorted().toList();
        }
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(layout.relativize(f).toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
    }

    private Path archive(String handler) {
        return out.resolve(handler.substring(handler.lastIndexOf('.') + 1) + ".jsa");
    }

    // ---- 4b. heap after warm-up, in an artifact-only JVM -------------------------------------

    private void heapAfterWarmup() throws Exception {
        Workload w = new Workload(13);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            lines.append("POST /estimates\t").append(w.estimateBody()).append('\n');
        }
        Path events = out.resolve("heap-events.txt");
        Files.writeString(events, lines);
        int invocations = warmUp + 1_000;
        Probe probe = probe(ESTIMATES_HANDLER, events, invocations, "heap");
        Matcher m = HEAP_LINE.matcher(probe.output());
        if (!m.find()) {
            throw new IllegalStateException("heap child printed no HEAP line:\n" + probe.output());
        }
        if (Integer.parseInt(m.group(4)) > 0) {
            throw new IllegalStateException("heap child saw " + m.group(4) + " error responses");
        }
        results.unusedJars = unusedJars(out.resolve("children/heap-classes.txt"));
        results.heapAfterWarmupBytes = Long.parseLong(m.group(1));
        results.heapInvocations = Long.parseLong(m.group(3));
        log("heap after %,d estimates in an artifact-only JVM, after full GC: %.1f MiB", results.heapInvocations,
                results.heapAfterWarmupBytes / 1048576.0);
    }

    /** The layout's jars from which the heap child (a cold start, then thousands of estimates) loaded no class, by size. */
    private Map<String, Long> unusedJars(Path classLog) throws IOException {
        String log = Files.readString(classLog, StandardCharsets.UTF_8);
        Map<String, Long> unused = new java.util.TreeMap<>();
        try (Stream<Path> jars = Files.list(layout.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                if (!log.contains("/lib/" + jar.getFileName())) {
                    unused.put(jar.getFileName().toString(), Files.size(jar));
                }
            }
        }
        return unused;
    }

    // ---- 2 + 3. warm estimates against GetItem; requests per estimate -----------------------

    private void warmEstimates(DynamoDbClient dynamo, SnapshotGuard guard, RequestCounter counter) {
        LambdaContainer container = new LambdaContainer(dynamo, tables, guard);
        // The log line is still built; only the terminal write is skipped.
        EstimatesHandler handler = new EstimatesHandler(container.estimates(), container.forecasts(), new AccessLog(line -> { }));
        Workload w = new Workload(17);
        java.util.Random keys = new java.util.Random(19);
        log("warm: %,d varied estimates to warm up, then %,d measured, each followed by one GetItem", warmUp, warmRuns);
        for (int i = 0; i < warmUp; i++) {
            invoke(handler, "POST /estimates", w.estimateBody(), i);
            getItem(dynamo, keys);
        }
        long[] estimate = new long[warmRuns];
        long[] get = new long[warmRuns];
        double[] requests = new double[warmRuns];
        int errors = 0;
        for (int i = 0; i < warmRuns; i++) {
            String body = w.estimateBody(); // generated outside the timed section
            long before = counter.total();
            long t0 = System.nanoTime();
            APIGatewayV2HTTPResponse r = invoke(handler, "POST /estimates", body, i);
            estimate[i] = System.nanoTime() - t0;
            requests[i] = counter.total() - before;
            errors += r.getStatusCode() == 200 ? 0 : 1;
            long t1 = System.nanoTime();
            getItem(dynamo, keys);
            get[i] = System.nanoTime() - t1;
        }
        results.warmEstimateMs = Stats.nanosToMillis(estimate);
        results.getItemMs = Stats.nanosToMillis(get);
        results.requestsPerEstimate = requests;
        results.warmErrors = errors;
        log("warm estimate p50 %.2f ms p99 %.2f ms; GetItem p50 %.2f ms p99 %.2f ms; %.2f requests per estimate (max %d); %d errors",
                Stats.percentile(results.warmEstimateMs, 50), Stats.percentile(results.warmEstimateMs, 99),
                Stats.percentile(results.getItemMs, 50), Stats.percentile(results.getItemMs, 99),
                Stats.mean(requests), (long) Stats.max(requests), errors);
        if (errors > 0) {
            throw new IllegalStateException(errors + " warm estimates were not answered 200: the workload or the handler is broken");
        }
    }

    private static APIGatewayV2HTTPResponse invoke(HttpApiHandler handler, String routeKey, String body, int i) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey(routeKey).withRawPath(routeKey.substring(routeKey.indexOf(' ') + 1))
                .withBody(body).withIsBase64Encoded(false).build();
        return handler.handleRequest(event, new LocalContext("bench-" + i, "bench"));
    }

    private void getItem(DynamoDbClient dynamo, java.util.Random keys) {
        dynamo.getItem(b -> b.tableName(tables.sessions()).consistentRead(true)
                .key(Map.of(TableBootstrap.PK, AttributeValue.fromS(Workload.patientId(keys.nextInt(Workload.PATIENTS))))));
    }

    // ---- 3b. forecast ------------------------------------------------------------------------

    private void forecast(DynamoDbClient dynamo, SnapshotGuard guard, RequestCounter counter) {
        int appointments = 5_000; // the JSON forecast's own budget; the CSV forecast measures 30,000
        List<Workload.Spec> specs = new Workload(23).forecastSpecs(appointments, Workload.PATIENTS);
        List<RevenueForecast.Planned> planned = Workload.planned(specs);
        log("forecast: %,d appointments over %,d patients through the use case, each run in a fresh container (empty caches)",
                appointments, Workload.PATIENTS);

        freshForecast(dynamo, guard, counter, planned); // JIT warm-up of the forecast path, not counted
        double[] wall = new double[forecastRuns];
        long requests = 0;
        Map<String, Long> byOperation = Map.of();
        for (int i = 0; i < forecastRuns; i++) {
            counter.reset();
            long t0 = System.nanoTime();
            Forecast f = freshForecast(dynamo, guard, counter, planned);
            wall[i] = (System.nanoTime() - t0) / 1_000_000.0;
            if (f.count() != appointments) {
                throw new IllegalStateException("forecast counted " + f.count() + " appointments");
            }
            requests = Math.max(requests, counter.total());
            byOperation = counter.byOperation();
            log("  run %d: %.0f ms, %d requests %s", i + 1, wall[i], counter.total(), byOperation);
        }
        results.forecastAppointments = appointments;
        results.forecastPatients = Workload.PATIENTS;
        results.forecastWallMs = wall;
        results.forecastRequests = requests;
        results.forecastRequestsByOperation = byOperation;

        // The same container again: reference data cached, only the ledgers are read.
        LambdaContainer container = new LambdaContainer(dynamo, tables, guard);
        container.forecasts().forecast(planned);
        counter.reset();
        container.forecasts().forecast(planned);
        results.forecastRequestsWarmCaches = counter.total();

        // Through the handler with an event: as many of the same appointments as a 1 MB body holds.
        String body = Workload.forecastBody(specs, HttpApiHandler.MAX_BODY_BYTES);
        int inBody = (int) Pattern.compile("\"appointmentId\"").matcher(body).results().count();
        LambdaContainer viaHandler = new LambdaContainer(dynamo, tables, guard);
        EstimatesHandler handler = new EstimatesHandler(viaHandler.estimates(), viaHandler.forecasts(), new AccessLog(line -> { }));
        counter.reset();
        long t0 = System.nanoTime();
        APIGatewayV2HTTPResponse response = invoke(handler, "POST /forecasts", body, 0);
        double ms = (System.nanoTime() - t0) / 1_000_000.0;
        results.forecastViaHandler = Map.of("appointments", inBody, "bodyBytes", body.getBytes(StandardCharsets.UTF_8).length,
                "status", response.getStatusCode(), "wallMs", Stats.round(ms, 1), "requests", counter.total());
        log("forecast median %.0f ms, %d requests (%d with warm caches); via the handler: %,d appointments in %,d bytes, %.0f ms, status %d",
                Stats.median(wall), requests, results.forecastRequestsWarmCaches, inBody, body.length(), ms, response.getStatusCode());
    }

    // ---- 3c. forecast as a CSV file through the handler ---------------------------------------

    private void forecastCsv(DynamoDbClient dynamo, SnapshotGuard guard, RequestCounter counter) {
        log("seeding the ledgers of patients %,d to %,d for the CSV forecast", Workload.PATIENTS, ForecastCsvBench.PATIENTS);
        ForecastCsvBench.seedMorePatients(dynamo, tables);
        ForecastCsvBench csv = new ForecastCsvBench(dynamo, tables, guard, counter, forecastRuns);
        ForecastCsvBench.Measure[] measures = csv.measure();
        results.forecastCsvSmall = measures[0];
        results.forecastCsv = measures[1];
        results.forecastCsvLedgerReadMs = csv.ledgerReadMs();
        log("forecast CSV: the %,d ledgers alone take %.0f ms to read", ForecastCsvBench.PATIENTS, results.forecastCsvLedgerReadMs);
        log("forecast CSV: %,d in %.0f ms, %,d in %.0f ms: %.2f x the time per appointment; %d requests %s; heap peak %.0f MiB",
                measures[0].appointments(), measures[0].wallMs(), measures[1].appointments(), measures[1].wallMs(),
                ForecastCsvBench.perAppointmentRatio(measures[0], measures[1]), measures[1].requests(), measures[1].requestsByOperation(),
                measures[1].peakHeapBytes() / 1048576.0);
    }

    private Forecast freshForecast(DynamoDbClient dynamo, SnapshotGuard guard, RequestCounter counter, List<RevenueForecast.Planned> planned) {
        return new LambdaContainer(dynamo, tables, guard).forecasts().forecast(planned);
    }

    // ---- 4. artifact ------------------------------------------------------------------------

    /** The cold-start children's own classes, outside the artifact: the probe, the floor handler and the context. */
    private static final List<Class<?>> PROBE_CLASSES = List.of(ColdStartProbe.class, ColdStartFloorHandler.class, LocalContext.class);

    private Path probeJar() throws IOException {
        Path jar = out.resolve("probe.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : PROBE_CLASSES) {
                Path dir = classFile(c).getParent();
                String prefix = c.getSimpleName();
                try (Stream<Path> siblings = Files.list(dir)) {
                    for (Path f : siblings.filter(f -> f.getFileName().toString().equals(prefix + ".class")
                            || f.getFileName().toString().startsWith(prefix + "$")).sorted().toList()) {
                        z.putNextEntry(new ZipEntry(c.getPackageName().replace('.', '/') + "/" + f.getFileName()));
                        Files.copy(f, z);
                        z.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static Path classFile(Class<?> c) {
        try {
            return Path.of(c.getResource(c.getSimpleName() + ".class").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void artifact() throws IOException {
        Path zip = out.resolve("artifact.zip");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(layout)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        long unzipped = 0;
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(layout.relativize(f).toString()));
                Files.copy(f, z);
                z.closeEntry();
                unzipped += Files.size(f);
            }
        }
        results.artifactBytes = Files.size(zip);
        results.layoutBytes = unzipped;
        try (Stream<Path> jars = Files.list(layout.resolve("lib"))) {
            results.layoutJars = (int) jars.filter(p -> p.toString().endsWith(".jar")).count();
        }
        log("artifact: %,d bytes zipped (%,d files, %,d bytes unzipped, %d jars)", results.artifactBytes, files.size(), unzipped,
                results.layoutJars);
    }

    // ---- cleanup ------------------------------------------------------------------------------

    private synchronized void stopEverything() {
        for (Process p : children) {
            p.destroyForcibly();
        }
        children.clear();
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
        // Anything else this JVM started (e.g. a process a library spawned) goes too.
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
