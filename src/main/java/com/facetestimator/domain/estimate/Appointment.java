package com.facetestimator.domain.estimate;

import com.facetestimator.domain.coding.Guidance;
import com.facetestimator.domain.coding.Laterality;
import com.facetestimator.domain.coding.Procedure;
import com.facetestimator.domain.coding.ProcedureRequest;
import com.facetestimator.domain.coding.Purpose;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.pricing.PatientCoverage;
import java.time.LocalDate;
import java.util.List;

/**
 * One planned facet session as API.md's "common input fields" describe it. {@code patientId}
 * is optional (PHI: never logged; {@link #toString()} omits it); {@code levels} are the raw
 * strings the coding engine validates.
 */
public record Appointment(
        String payerId,
        SiteOfService siteOfService,
        LocalDate dateOfService,
        Procedure procedure,
        Purpose purpose,
        List<String> levels,
        Laterality laterality,
        Guidance guidance,
        String patientId,
        String locality,
        PatientCoverage coverage,
        boolean abnOnFile) {

    public Appointment {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public ProcedureRequest procedureRequest() {
        return new ProcedureRequest(siteOfService, dateOfService, procedure, purpose, levels, laterality, guidance, locality);
    }

    /** The same appointment at another site, for comparisons. */
    public Appointment atSite(SiteOfService site) {
        return new Appointment(payerId, site, dateOfService, procedure, purpose, levels, laterality, guidance,
                patientId, locality, coverage, abnOnFile);
    }

    @Override
    public String toString() {
        return "Appointment[payerId=" + payerId + ", site=" + siteOfService + ", date=" + dateOfService
                + ", procedure=" + procedure + ", levels=" + levels + (patientId == null ? "" : ", patient=<redacted>") + "]";
    }
}
