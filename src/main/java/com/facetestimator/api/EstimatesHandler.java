package com.facetestimator.api;

import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.EstimateService;
import com.facetestimator.domain.estimate.RevenueForecast;
import java.util.Map;
import java.util.Set;

/** Estimates and forecasts: POST /estimates, POST /forecasts. */
public final class EstimatesHandler extends HttpApiHandler {
    static final String FORECASTS = "POST /forecasts";
    /** Held here: a CRaC context may keep its resources only weakly. */
    private SnapStartPriming priming;

    /** Lambda's constructor: the container's services, and SnapStart priming registered. */
    public EstimatesHandler() {
        this(LambdaContainer.get());
    }

    private EstimatesHandler(LambdaContainer container) {
        this(container.estimates(), container.forecasts(), container.accessLog());
        this.priming = SnapStartPriming.register(container, this);
    }

    /** Logging to standard output. */
    public EstimatesHandler(EstimateService estimates, RevenueForecast forecasts) {
        this(estimates, forecasts, AccessLog.standardOutput());
    }

    public EstimatesHandler(EstimateService estimates, RevenueForecast forecasts, AccessLog log) {
        super(Map.of(
                "POST /estimates", request -> estimate(estimates, JsonFields.parseObject(request.body())),
                FORECASTS, request -> forecast(forecasts, request)),
                Map.of(FORECASTS, MAX_BATCH_BODY_BYTES), log);
    }

    /** Shared with {@link PublicEstimatesHandler}, which refuses a patient id before calling it. */
    static ApiResult estimate(EstimateService estimates, Map<String, Object> body) {
        JsonFields fields = new JsonFields();
        Appointment appointment = AppointmentReader.read(body, "", fields, Set.of("compareSites"));
        boolean compareSites = Boolean.TRUE.equals(fields.bool(body, "", "compareSites"));
        fields.throwIfAny();
        return ApiResult.ok(EstimateJson.estimate(estimates.estimate(appointment, compareSites), compareSites));
    }

    /** Decode (JSON or CSV), forecast, answer in the form asked for (JSON, JSON with rows, CSV). */
    private static ApiResult forecast(RevenueForecast forecasts, ApiRequest request) {
        ForecastRequest forecast = ForecastRequest.read(request);
        return forecast.answer(forecast.run(forecasts));
    }
}
