package com.facetestimator.domain.pricing;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;

/** The pricing rules that can surface as findings: id, severity, citation and how firmly each is sourced. */
public enum PricingRule {
    FEE_NOT_LOADED("PAY-FEE-NOT-LOADED", Severity.WARNING,
            "API.md (a line whose fee is absent shows 0, no invented amounts); shared/reference/cms/README.md "
                    + "(ASC Addendum AA and OPPS Addendum B for 2026 are not available)",
            Confidence.PRIMARY_SOURCE),
    CARRIER_PRICED("PAY-CARRIER-PRICED", Severity.WARNING,
            "CMS PFS Relative Value File, status code C (carrier-priced: no national RVUs)", Confidence.PRIMARY_SOURCE),
    PACKAGED("PAY-PACKAGED", Severity.INFO,
            "FACET-RULES §4: OPPS status N (packaged, no separate payment); PFS status B (bundled)", Confidence.PRIMARY_SOURCE),
    NOT_SEPARATELY_PAYABLE("PAY-NOT-PRICED", Severity.WARNING,
            "CMS PFS Relative Value File status codes; OPPS Addendum B status indicators", Confidence.PRIMARY_SOURCE),
    LOCALITY_NOT_LOADED("PAY-LOCALITY-NOT-LOADED", Severity.WARNING,
            "FACET-RULES §4 (national = all GPCIs 1.0); PFS Addendum E GPCIs", Confidence.PRIMARY_SOURCE),
    OPPS_NATIONAL_RATE("PAY-OPPS-NATIONAL-RATE", Severity.INFO,
            "OPPS Addendum B: national unadjusted payment rates (the hospital's wage index adjusts them)", Confidence.PRIMARY_SOURCE),
    OPPS_COMPREHENSIVE("PAY-OPPS-COMPREHENSIVE", Severity.INFO,
            "FACET-RULES §4: RFA primaries are status J1 (comprehensive APC: one payment, other services packaged)",
            Confidence.SECONDARY_SOURCE),
    BILATERAL_UNITS("PAY-BILATERAL-UNITS", Severity.WARNING,
            "FACET-RULES §3: bilateral billed as modifier 50 with 2 units counts both sides; paid 150%, never 200%",
            Confidence.PRIMARY_SOURCE),
    OPPS_COPAY_CAP("PAY-OPPS-COPAY-CAP", Severity.INFO,
            "FACET-RULES §4: a beneficiary's copayment for one OPPS service is capped at the Part A inpatient deductible",
            Confidence.PRIMARY_SOURCE),
    COST_SHARING_UNKNOWN("PAY-COST-SHARING-UNKNOWN", Severity.WARNING,
            "Payer profile cost-sharing terms (none in force on the date of service)", Confidence.PRIMARY_SOURCE),
    NOT_COVERED_ABN("PAY-NOT-COVERED-ABN", Severity.INFO,
            "FACET-RULES §2: not covered with a signed ABN on file: modifier GA, the patient can be billed",
            Confidence.UNCONFIRMED),
    NOT_COVERED_NO_ABN("PAY-NOT-COVERED-PROVIDER-LIABLE", Severity.WARNING,
            "FACET-RULES §2: not covered without an ABN: modifier GZ, the provider bears the loss",
            Confidence.UNCONFIRMED);

    private final String id;
    private final Severity severity;
    private final String citation;
    private final Confidence confidence;

    PricingRule(String id, Severity severity, String citation, Confidence confidence) {
        this.id = id;
        this.severity = severity;
        this.citation = citation;
        this.confidence = confidence;
    }

    public String id() {
        return id;
    }

    public Finding finding(String message) {
        return new Finding(severity, id, message, citation, confidence);
    }
}
