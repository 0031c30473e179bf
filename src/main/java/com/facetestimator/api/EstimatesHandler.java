package com.facetestimator.api;

import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.EstimateService;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.facetestimator.domain.estimate.UnknownPayersException;
import com.facetestimator.domain.estimate.UnlocatedAppointmentsException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Estimates and forecasts: POST /estimates, POST /forecasts. */
public final class EstimatesHandler extends HttpApiHandler {
    /** Held here: a CRaC context may keep its resources only weakly. */
    private SnapStartPriming priming;

    /** Lambda's constructor: the container's services, and SnapStart priming registered. */
    public EstimatesHandler() {
        this(LambdaContainer.get());
    }

    private EstimatesHandler(LambdaContainer container) {
        this(container.estimates(), container.forecasts());
        this.priming = SnapStartPriming.register(container, this);
    }

    public EstimatesHandler(EstimateService estimates, RevenueForecast forecasts) {
        super(Map.of(
                "POST /estimates", request -> estimate(estimates, JsonFields.parseObject(request.body())),
                "POST /forecasts", request -> forecast(forecasts, request)));
    }

    /** Shared with {@link PublicEstimatesHandler}, which refuses a patient id before calling it. */
    static ApiResult estimate(EstimateService estimates, Map<String, Object> body) {
        JsonFields fields = new JsonFields();
        Appointment appointment = AppointmentReader.read(body, "", fields, Set.of("compareSites"));
        boolean compareSites = Boolean.TRUE.equals(fields.bool(body, "", "compareSites"));
        fields.throwIfAny();
        return ApiResult.ok(EstimateJson.estimate(estimates.estimate(appointment, compareSites), compareSites));
    }

    private static ApiResult forecast(RevenueForecast forecasts, ApiRequest request) {
        Map<String, Object> body = JsonFields.parseObject(request.body());
        JsonFields fields = new JsonFields();
        fields.onlyKnown(body, "", Set.of("appointments"));
        List<?> list = fields.array(body, "", "appointments", 1, RevenueForecast.MAX_APPOINTMENTS, "appointments");
        fields.throwIfAny();
        List<RevenueForecast.Planned> planned = new ArrayList<>(list.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size() && !fields.full(); i++) {
            String prefix = "appointments[" + i + "]";
            Map<String, Object> item = JsonFields.asObject(list.get(i));
            if (item == null) {
                fields.add(prefix, "must be an object");
                continue;
            }
            String id = fields.id(item, prefix, "appointmentId", true);
            if (id != null && !ids.add(id)) {
                fields.add(prefix + ".appointmentId", "repeats an earlier appointmentId");
            }
            Appointment appointment = AppointmentReader.read(item, prefix, fields, Set.of("appointmentId"));
            if (appointment != null && id != null) {
                planned.add(new RevenueForecast.Planned(id, appointment));
            }
        }
        fields.throwIfAny();
        try {
            return ApiResult.ok(EstimateJson.forecast(forecasts.forecast(planned)));
        } catch (UnknownPayersException e) {
            e.positions().forEach(p -> fields.add("appointments[" + p.index() + "].payerId",
                    "no payer profile '" + p.payerId() + "' is loaded"));
            fields.throwIfAny();
            throw e; // unreachable: every position added a problem
        } catch (UnlocatedAppointmentsException e) {
            e.positions().forEach(p -> fields.add("appointments[" + p.index() + "]." + p.error().field(), p.error().message()));
            fields.throwIfAny();
            throw e; // unreachable: every position added a problem
        }
    }
}
