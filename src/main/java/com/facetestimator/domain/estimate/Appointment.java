package com.facetestimator.domain.estimate;

import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.PatientCoverage;
import java.util.Objects;

/**
 * One planned facet session: the procedure as coding sees it, plus who pays and what the patient
 * owes. {@code patientId} is optional (PHI: never logged; {@link #toString()} omits it).
 *
 * @param request  the procedure, site, date and levels the claim is coded from
 * @param coverage the patient's stated cost sharing, or {@link PatientCoverage#PAYER_DEFAULTS}
 */
public record Appointment(
        String payerId,
        ProcedureRequest request,
        String patientId,
        PatientCoverage coverage,
        boolean abnOnFile) {

    public Appointment {
        Objects.requireNonNull(request, "request");
        coverage = coverage == null ? PatientCoverage.PAYER_DEFAULTS : coverage;
    }

    /** The same appointment at another site, for comparisons. */
    public Appointment atSite(SiteOfService site) {
        return new Appointment(payerId, request.atSite(site), patientId, coverage, abnOnFile);
    }

    @Override
    public String toString() {
        return "Appointment[payerId=" + payerId + ", request=" + request
                + (patientId == null ? "" : ", patient=<redacted>") + "]";
    }
}
