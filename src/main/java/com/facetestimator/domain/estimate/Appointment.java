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
 * @param place    where the service is performed (ZIP code, facility, CBSA), as given and once
 *                 located; {@link ServicePlaces#locate} puts the locality found on {@code request}
 */
public record Appointment(
        String payerId,
        ProcedureRequest request,
        String patientId,
        PatientCoverage coverage,
        boolean abnOnFile,
        ServicePlace place) {

    public Appointment {
        Objects.requireNonNull(request, "request");
        coverage = coverage == null ? PatientCoverage.PAYER_DEFAULTS : coverage;
        place = place == null ? ServicePlace.UNSPECIFIED : place;
    }

    /** An appointment that says nothing of its place beyond the request's locality. */
    public Appointment(String payerId, ProcedureRequest request, String patientId, PatientCoverage coverage, boolean abnOnFile) {
        this(payerId, request, patientId, coverage, abnOnFile, ServicePlace.UNSPECIFIED);
    }

    /** The same appointment at another site, for comparisons. */
    public Appointment atSite(SiteOfService site) {
        return new Appointment(payerId, request.atSite(site), patientId, coverage, abnOnFile, place);
    }

    /** The same appointment with its locality resolved. */
    Appointment located(ProcedureRequest locatedRequest, ServicePlace locatedPlace) {
        return new Appointment(payerId, locatedRequest, patientId, coverage, abnOnFile, locatedPlace);
    }

    @Override
    public String toString() {
        return "Appointment[payerId=" + payerId + ", request=" + request
                + (patientId == null ? "" : ", patient=<redacted>") + "]";
    }
}
