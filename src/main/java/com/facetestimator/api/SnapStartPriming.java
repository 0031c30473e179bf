package com.facetestimator.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.store.SnapshotGuard;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming for the estimates function. Before the snapshot: load the payer profiles
 * and every payer's fee schedule (the only network use, while connections are set to close),
 * then answer a synthetic estimate and forecast through the handler itself, without patient
 * ids, so JSON, coding, frequency and pricing are loaded and compiled from cached data; then
 * drop the credentials. After the restore: keep connections alive again and have the cached
 * reference data revalidated (it may be days old), which costs one Query on the first request.
 */
public final class SnapStartPriming implements Resource {
    /** What the last {@link #beforeCheckpoint} did; tests and logs check it against its claims. */
    public record Report(int payersLoaded, int feeSchedulesLoaded, List<Integer> statuses, String loadFailure) {}

    /** The requests a handler is primed with, for a payer that is loaded and a date of service. */
    interface SyntheticRequests {
        List<APIGatewayV2HTTPEvent> of(String payerId, LocalDate date);
    }

    private final LambdaContainer container;
    private final HttpApiHandler handler;
    private final SyntheticRequests requests;
    private volatile Report lastReport;

    SnapStartPriming(LambdaContainer container, HttpApiHandler handler, SyntheticRequests requests) {
        this.container = container;
        this.handler = handler;
        this.requests = requests;
    }

    /** Priming for {@link EstimatesHandler}, registered with the CRaC global context; the caller keeps the reference. */
    static SnapStartPriming register(LambdaContainer container, HttpApiHandler handler) {
        return register(container, handler, SnapStartPriming::syntheticEvents);
    }

    /** Priming for {@link PublicEstimatesHandler}: its one route, with the patient page's site comparison. */
    static SnapStartPriming registerPublic(LambdaContainer container, HttpApiHandler handler) {
        return register(container, handler, SnapStartPriming::publicEstimateEvents);
    }

    private static SnapStartPriming register(LambdaContainer container, HttpApiHandler handler, SyntheticRequests requests) {
        SnapStartPriming priming = new SnapStartPriming(container, handler, requests);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        SnapshotGuard guard = container.snapshotGuard();
        if (guard != null) {
            guard.closeConnections();
        }
        List<PayerProfile> payers = List.of();
        String failure = null;
        try {
            payers = container.payers().all();
            container.feeSchedules().preload(payers.stream().map(PayerProfile::payerId).toList());
        } catch (RuntimeException e) {
            // No data to prime with (e.g. tables not yet reachable): still prime the code paths.
            failure = e.getClass().getSimpleName();
        }
        String payerId = payers.stream().map(PayerProfile::payerId).filter("medicare"::equals).findFirst()
                .orElse(payers.isEmpty() ? "medicare" : payers.get(0).payerId());
        List<Integer> statuses = new ArrayList<>();
        for (APIGatewayV2HTTPEvent event : requests.of(payerId, LocalDate.now(ZoneOffset.UTC))) {
            statuses.add(handler.handleRequest(event, null).getStatusCode());
        }
        if (guard != null) {
            guard.forgetCredentials();
        }
        lastReport = new Report(payers.size(), failure == null ? payers.size() : 0, List.copyOf(statuses), failure);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        SnapshotGuard guard = container.snapshotGuard();
        if (guard != null) {
            guard.reuseConnections();
        }
        container.payers().invalidate();
        container.feeSchedules().revalidate();
    }

    public Report lastReport() {
        return lastReport;
    }

    /**
     * An estimate comparing every site, a two-appointment forecast, and the same forecast as a CSV
     * file answered as CSV (so the CSV reader and writer are in the snapshot): no patient id, so no ledger read.
     */
    static List<APIGatewayV2HTTPEvent> syntheticEvents(String payerId, LocalDate date) {
        String injection = injection(payerId, date);
        String rfa = "{\"payerId\":\"" + payerId + "\",\"siteOfService\":\"ASC\",\"dateOfService\":\"" + date
                + "\",\"procedure\":\"RFA\",\"levels\":[\"C5-C6\"],\"laterality\":\"RIGHT\",\"guidance\":\"FLUOROSCOPY\"";
        return List.of(
                // With a ZIP code, so the ZIP table (about 50 ms to read on first use) is in the snapshot too.
                event("POST /estimates", "/estimates", injection + ",\"zipCode\":\"10016\",\"compareSites\":true}"),
                event("POST /forecasts", "/forecasts", "{\"appointments\":[" + injection + ",\"appointmentId\":\"p1\"},"
                        + rfa + ",\"appointmentId\":\"p2\"}]}"),
                event("POST /forecasts", "/forecasts",
                        "appointmentId,payerId,siteOfService,dateOfService,procedure,purpose,levels,laterality,guidance,deductibleRemaining\r\n"
                                + "p1," + payerId + ",OFFICE," + date + ",INJECTION,THERAPEUTIC,L4-L5;L5-S1,BILATERAL,FLUOROSCOPY,0\r\n"
                                + "p2," + payerId + ",ASC," + date + ",RFA,,C5-C6,RIGHT,FLUOROSCOPY,\r\n",
                        Map.of("content-type", "text/csv", "accept", "text/csv")));
    }

    /** The patient page's request: an estimate comparing every site, by ZIP code, no patient id. */
    static List<APIGatewayV2HTTPEvent> publicEstimateEvents(String payerId, LocalDate date) {
        return List.of(event(PublicEstimatesHandler.ROUTE, "/public/estimates",
                injection(payerId, date) + ",\"zipCode\":\"10016\",\"compareSites\":true}"));
    }

    /** A bilateral two-level injection, its JSON object left open for more members. */
    private static String injection(String payerId, LocalDate date) {
        return "{\"payerId\":\"" + payerId + "\",\"siteOfService\":\"OFFICE\",\"dateOfService\":\"" + date
                + "\",\"procedure\":\"INJECTION\",\"purpose\":\"THERAPEUTIC\",\"levels\":[\"L4-L5\",\"L5-S1\"],"
                + "\"laterality\":\"BILATERAL\",\"guidance\":\"FLUOROSCOPY\",\"coverage\":{\"deductibleRemaining\":0}";
    }

    private static APIGatewayV2HTTPEvent event(String routeKey, String path, String body) {
        return event(routeKey, path, body, Map.of("content-type", "application/json"));
    }

    private static APIGatewayV2HTTPEvent event(String routeKey, String path, String body, Map<String, String> headers) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("snapstart-priming").withRouteKey(routeKey).build())
                .build();
    }
}
