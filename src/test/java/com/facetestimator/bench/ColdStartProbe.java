package com.facetestimator.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.local.LocalContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's cold-start child (scripts/bench.sh): what the Lambda runtime does in a fresh
 * JVM, and nothing more. Loads the handler class by name from the artifact's classpath,
 * constructs it, answers the first event of {@code events-file}, and reports the time from the
 * parent's {@code System.nanoTime()} just before it started this JVM ({@code -Dbench.spawnNanos};
 * CLOCK_MONOTONIC is shared by all processes of a Linux host) to the response. The real handler
 * and the floor handler are measured by this same code.
 *
 * <pre>ColdStartProbe handler-class events-file [warm-invocations]</pre>
 *
 * Each line of events-file is {@code ROUTE-KEY<TAB>BODY}. With warm-invocations, the probe then
 * cycles through all the events that many times and reports the heap in use after a full GC.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        long entered = System.nanoTime();
        long spawned = Long.parseLong(System.getProperty("bench.spawnNanos", Long.toString(entered)));
        List<String> events = Files.readAllLines(Path.of(args[1]));
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 0;

        var handler = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                Class.forName(args[0]).getDeclaredConstructor().newInstance();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(events.get(0)), new LocalContext("cold-0", "bench"));
        long answered = System.nanoTime();

        System.out.println("PROBE mainMs=" + millis(entered - spawned) + " responseMs=" + millis(answered - spawned)
                + " status=" + response.getStatusCode());
        if (warm > 0) {
            int errors = 0;
            for (int i = 0; i < warm; i++) {
                APIGatewayV2HTTPResponse r = handler.handleRequest(event(events.get(i % events.size())), new LocalContext("warm-" + i, "bench"));
                errors += r.getStatusCode() >= 400 ? 1 : 0;
            }
            System.gc();
            System.gc();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.println("HEAP used=" + heap.getUsed() + " committed=" + heap.getCommitted()
                    + " invocations=" + warm + " errors=" + errors);
        }
    }

    private static APIGatewayV2HTTPEvent event(String line) {
        int tab = line.indexOf('\t');
        String routeKey = line.substring(0, tab);
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withBody(line.substring(tab + 1))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRouteKey(routeKey).build())
                .build();
    }

    private static String millis(long nanos) {
        return Double.toString(nanos / 1_000_000.0);
    }
}
