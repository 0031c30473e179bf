package com.facetestimator.api;

import com.facetestimator.domain.estimate.EstimateService;
import java.util.Map;

/**
 * POST /public/estimates: the estimate behind the patient page, open to anyone. It takes no
 * patient id (a 400 naming it), so it never reads a patient's sessions; its function is
 * granted no access to the sessions table, and the route is throttled in template.yaml.
 */
public final class PublicEstimatesHandler extends HttpApiHandler {
    static final String ROUTE = "POST /public/estimates";

    /** Held here: a CRaC context may keep its resources only weakly. */
    private SnapStartPriming priming;

    /** Lambda's constructor: the container's services, and SnapStart priming registered. */
    public PublicEstimatesHandler() {
        this(LambdaContainer.get());
    }

    private PublicEstimatesHandler(LambdaContainer container) {
        this(container.estimates(), container.accessLog());
        this.priming = SnapStartPriming.registerPublic(container, this);
    }

    /** Logging to standard output. */
    public PublicEstimatesHandler(EstimateService estimates) {
        this(estimates, AccessLog.standardOutput());
    }

    public PublicEstimatesHandler(EstimateService estimates, AccessLog log) {
        super(Map.of(ROUTE, request -> {
            Map<String, Object> body = JsonFields.parseObject(request.body());
            if (body.containsKey("patientId")) {
                throw new ProblemException(Problem.badRequest("patientId",
                        "is not accepted by the public estimate, which reads no patient's sessions; use POST /estimates signed in"));
            }
            return EstimatesHandler.estimate(estimates, body);
        }), log);
    }
}
