package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.facetestimator.local.EmulatorProcess;
import com.facetestimator.store.DynamoDbClients;
import com.facetestimator.store.SnapshotGuard;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.store.TableNames;
import com.facetestimator.testing.RequestCounter;
import com.facetestimator.testing.SampleReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Calls the SnapStart hooks the way Lambda would (beforeCheckpoint, then afterRestore) on a
 * container wired like production. The emulator is this class's own, so the only sockets to its
 * port are the ones this container opened.
 */
class SnapStartPrimingTest {
    private static EmulatorProcess emulator;

    @BeforeAll
    static void startEmulator() throws IOException {
        emulator = EmulatorProcess.start(Path.of("").toAbsolutePath(), null);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    /** A container primed for the snapshot, as Lambda's beforeCheckpoint hook leaves it. */
    private record Primed(RequestCounter counter, SnapshotGuard guard, EstimatesHandler handler, SnapStartPriming priming,
                          LambdaContainer container) {}

    private static Primed primed() throws IOException {
        RequestCounter counter = new RequestCounter();
        SnapshotGuard guard = new SnapshotGuard();
        DynamoDbClient dynamo = DynamoDbClients.create(emulator.endpoint(), List.of(counter), guard);
        TableNames tables = new TableNames("fees", "sessions");
        guard.closeConnections(); // the seeding below must not leave sockets of its own behind
        new TableBootstrap(dynamo).createIfMissing(tables);
        SampleReferenceData.publish(dynamo, tables);
        guard.reuseConnections();

        LambdaContainer container = new LambdaContainer(dynamo, tables, guard);
        EstimatesHandler handler = new EstimatesHandler(container.estimates(), container.forecasts());
        SnapStartPriming priming = SnapStartPriming.register(container, handler);
        counter.reset();

        priming.beforeCheckpoint(null);
        return new Primed(counter, guard, handler, priming, container);
    }

    @Test
    void primesFromCachedDataDropsCredentialsAndStillAnswersAfterRestore() throws IOException {
        Primed p = primed();
        RequestCounter counter = p.counter();
        SnapshotGuard guard = p.guard();
        EstimatesHandler handler = p.handler();
        SnapStartPriming priming = p.priming();

        SnapStartPriming.Report report = priming.lastReport();
        assertThat(report.loadFailure()).isNull();
        assertThat(report.payersLoaded()).isEqualTo(2);
        assertThat(report.feeSchedulesLoaded()).isEqualTo(2);
        assertThat(report.statuses()).as("the synthetic estimate and the JSON and CSV forecasts were answered").containsExactly(200, 200, 200);
        assertThat(p.container().localities().zipCodesLoaded()).as("the ZIP table is read before the snapshot").isTrue();
        assertThat(counter.byOperation()).as("one Query for the profiles, one for Medicare's fees; the commercial payer has none published")
                .isEqualTo(Map.of("Query", 2L));
        assertThat(guard.holdsCredentials()).as("credentials dropped before the snapshot").isFalse();

        counter.reset();
        var primed = handler.handleRequest(estimate(null), null);
        assertThat(primed.getStatusCode()).isEqualTo(200);
        assertThat(counter.total()).as("an estimate without a patient id needs nothing the priming did not cache").isZero();

        priming.afterRestore(null);

        counter.reset();
        var answered = handler.handleRequest(estimate("patient-1"), null);
        assertThat(answered.getStatusCode()).isEqualTo(200);
        assertThat(answered.getBody()).contains("\"allowed\"");
        assertThat(counter.byOperation()).as("profiles revalidated, fee schedule kept (same version), one ledger read")
                .isEqualTo(Map.of("Query", 1L, "GetItem", 1L));
        assertThat(guard.holdsCredentials()).as("credentials resolved afresh after the restore").isTrue();
        assertThat(guard.closingConnections()).isFalse();

        counter.reset();
        assertThat(handler.handleRequest(estimate("patient-1"), null).getStatusCode()).isEqualTo(200);
        assertThat(counter.byOperation()).isEqualTo(Map.of("GetItem", 1L));
    }

    @Test
    void noConnectionToTheStoreSurvivesPriming() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")) && Files.exists(Path.of("/proc/net/tcp")),
                "needs Linux's /proc to list this process's sockets; not checked on this platform");
        primed();
        assertEstablishedSocketsToEmulator(0);
    }

    @Test
    void syntheticRequestsNameNoPatient() {
        List<APIGatewayV2HTTPEvent> all = new java.util.ArrayList<>(SnapStartPriming.syntheticEvents("medicare", LocalDate.of(2026, 3, 2)));
        all.addAll(SnapStartPriming.publicEstimateEvents("medicare", LocalDate.of(2026, 3, 2)));
        for (APIGatewayV2HTTPEvent event : all) {
            assertThat(event.getBody()).doesNotContain("patientId");
        }
    }

    @Test
    void thePublicEstimateFunctionIsPrimedOnItsOwnRoute() throws IOException {
        Primed p = primed(); // seeds the tables; its container is reused by the public handler below
        RequestCounter counter = p.counter();
        PublicEstimatesHandler handler = new PublicEstimatesHandler(p.container().estimates());
        SnapStartPriming priming = SnapStartPriming.registerPublic(p.container(), handler);
        p.guard().reuseConnections();
        p.container().payers().invalidate();
        counter.reset();

        priming.beforeCheckpoint(null);

        assertThat(priming.lastReport().statuses()).as("the patient page's site comparison was answered").containsExactly(200);
        assertThat(p.guard().holdsCredentials()).as("credentials dropped before the snapshot").isFalse();
        counter.reset();
        var answered = handler.handleRequest(publicEstimate(), null);
        assertThat(answered.getStatusCode()).isEqualTo(200);
        assertThat(answered.getBody()).contains("\"alternatives\"");
        assertThat(counter.total()).as("a public estimate needs nothing the priming did not cache").isZero();
    }

    private static APIGatewayV2HTTPEvent publicEstimate() {
        String body = "{\"payerId\":\"medicare\",\"siteOfService\":\"ASC\",\"dateOfService\":\"2026-03-02\","
                + "\"procedure\":\"INJECTION\",\"purpose\":\"THERAPEUTIC\",\"levels\":[\"L4-L5\"],\"laterality\":\"LEFT\","
                + "\"guidance\":\"FLUOROSCOPY\",\"zipCode\":\"60601\",\"compareSites\":true}";
        return APIGatewayV2HTTPEvent.builder().withRouteKey(PublicEstimatesHandler.ROUTE).withRawPath("/public/estimates").withBody(body).build();
    }

    private static APIGatewayV2HTTPEvent estimate(String patientId) {
        String body = "{\"payerId\":\"medicare\",\"siteOfService\":\"OFFICE\",\"dateOfService\":\"2026-03-02\","
                + "\"procedure\":\"INJECTION\",\"purpose\":\"THERAPEUTIC\",\"levels\":[\"L4-L5\"],\"laterality\":\"LEFT\","
                + "\"guidance\":\"FLUOROSCOPY\"" + (patientId == null ? "" : ",\"patientId\":\"" + patientId + "\"") + "}";
        return APIGatewayV2HTTPEvent.builder().withRouteKey("POST /estimates").withRawPath("/estimates").withBody(body).build();
    }

    /** Linux only (callers assume /proc): this process's ESTABLISHED TCP sockets whose remote port is the emulator's. */
    private static void assertEstablishedSocketsToEmulator(int expected) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        Set<String> inodes = new HashSet<>();
        try (var links = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) links::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed while listing
                }
            }
        }
        String port = String.format("%04X", Integer.parseInt(emulator.endpoint().replaceAll(".*:", "")));
        long established = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            if (!Files.exists(Path.of(table))) {
                continue;
            }
            // Read once: the table is the whole machine's and changes between two reads.
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                // f[2] remote address:port, f[3] state (01 = ESTABLISHED), f[9] inode
                if (f[2].endsWith(":" + port) && f[3].equals("01") && inodes.contains(f[9])) {
                    established++;
                }
            }
        }
        assertThat(established).as("established sockets from this JVM to the emulator").isEqualTo(expected);
    }
}
