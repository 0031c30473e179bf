package com.facetestimator.api;

import com.facetestimator.domain.NotFoundException;
import com.facetestimator.domain.facility.FacilityDirectory;
import com.facetestimator.domain.locality.LocalityDirectory;
import com.facetestimator.domain.pricing.FeeListing;
import com.facetestimator.domain.pricing.FeeScheduleSource;
import com.facetestimator.domain.pricing.PayerDirectory;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.store.BundledLocalityDirectory;
import java.util.Map;

/**
 * Reference data: GET /payers, GET /payers/{payerId}/fees, GET /localities, GET /facilities.
 * The locality and ZIP tables are bundled; payers, fees and facilities come from the fees table.
 */
public final class PayersHandler extends HttpApiHandler {

    public PayersHandler() {
        this(LambdaContainer.get());
    }

    private PayersHandler(LambdaContainer c) {
        this(c.payers(), c.feeSchedules(), c.localities(), c.facilities(), c.accessLog());
    }

    /** Payers and fees only (the bundled localities, no facilities), logging to standard output. */
    public PayersHandler(PayerDirectory payers, FeeScheduleSource schedules) {
        this(payers, schedules, AccessLog.standardOutput());
    }

    /** Payers and fees only (the bundled localities, no facilities). */
    public PayersHandler(PayerDirectory payers, FeeScheduleSource schedules, AccessLog log) {
        this(payers, schedules, new BundledLocalityDirectory(), FacilityDirectory.NONE, log);
    }

    public PayersHandler(PayerDirectory payers, FeeScheduleSource schedules, LocalityDirectory localities,
                         FacilityDirectory facilities, AccessLog log) {
        super(routes(payers, new FeeListing(schedules, localities), localities, facilities), log);
    }

    private static Map<String, java.util.function.Function<ApiRequest, ApiResult>> routes(
            PayerDirectory payers, FeeListing listing, LocalityDirectory localities, FacilityDirectory facilities) {
        return Map.of(
                "GET /payers", request -> ApiResult.ok(PayersJson.payers(payers.all())),
                "GET /payers/{payerId}/fees", request -> {
                    PayersJson.FeeQuery query = PayersJson.feeQuery(request);
                    PayerProfile payer = payers.find(query.payerId()).orElseThrow(() ->
                            new NotFoundException("payerId", "no payer profile '" + query.payerId() + "' is loaded"));
                    return ApiResult.ok(PayersJson.fees(query, listing.feesInEffect(payer, query.site(), query.date(), query.locality())));
                },
                "GET /localities", request -> {
                    String zip = PlacesJson.zipQuery(request);
                    if (zip == null) {
                        return ApiResult.ok(PlacesJson.localities(localities.all()));
                    }
                    return ApiResult.ok(PlacesJson.zipCode(localities.forZipCode(zip).orElseThrow(() ->
                            new NotFoundException("zip", "ZIP code " + zip + " is not in " + localities.zipCodeSource()))));
                },
                "GET /facilities", request -> {
                    PlacesJson.noQuery(request);
                    return ApiResult.ok(PlacesJson.facilities(facilities.all()));
                });
    }
}
