package com.facetestimator.domain.pricing;

import com.facetestimator.domain.Finding;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;

/** The pricing rules that can surface as findings: id, severity, citation and how firmly each is sourced. */
public enum PricingRule {
    FEE_NOT_LOADED("PAY-FEE-NOT-LOADED", Severity.WARNING,
            "CMS payment files loaded for the date of service (PFS Relative Value File, OPPS Addendum B, ASC Addendum AA):"
                    + " a code without a row has no amount, and none is invented",
            Confidence.PRIMARY_SOURCE),
    CARRIER_PRICED("PAY-CARRIER-PRICED", Severity.WARNING,
            "CMS PFS Relative Value File, status code C (carrier-priced: no national RVUs)", Confidence.PRIMARY_SOURCE),
    PACKAGED("PAY-PACKAGED", Severity.INFO,
            "CMS OPPS Addendum B status indicator N and ASC Addendum AA payment indicator N1 (packaged, no separate payment;"
                    + " 42 CFR 419.2(b), 42 CFR 416.164(b)); PFS Relative Value File status B (bundled)",
            Confidence.PRIMARY_SOURCE),
    NOT_SEPARATELY_PAYABLE("PAY-NOT-PRICED", Severity.WARNING,
            "CMS PFS Relative Value File status codes; OPPS Addendum B status indicators; ASC Addendum AA payment indicators",
            Confidence.PRIMARY_SOURCE),
    LOCALITY_NOT_LOADED("PAY-LOCALITY-NOT-LOADED", Severity.WARNING,
            "CMS PFS Addendum E (GPCIs by payment locality; national = all GPCIs 1.0), 42 CFR 414.26", Confidence.PRIMARY_SOURCE),
    FACILITY_NATIONAL_RATE("PAY-FACILITY-NATIONAL-RATE", Severity.INFO,
            "42 CFR 416.172 (ASC rate x (0.5 x wage index + 0.5)); 42 CFR 419.43 (OPPS rate x (0.6 x wage index + 0.4)):"
                    + " national unadjusted rates of ASC Addendum AA and OPPS Addendum B",
            Confidence.PRIMARY_SOURCE),
    OPPS_CBSA_WAGE_INDEX("PAY-OPPS-CBSA-WAGE-INDEX", Severity.INFO,
            "42 CFR 419.43 (OPPS rates are adjusted by the hospital's own wage index, from its provider-specific file)",
            Confidence.PRIMARY_SOURCE),
    OPPS_COMPREHENSIVE("PAY-OPPS-COMPREHENSIVE", Severity.INFO,
            "CMS OPPS Addendum B status indicator J1 (comprehensive APC: one payment, the claim's other services packaged;"
                    + " 42 CFR 419.2(b))",
            Confidence.PRIMARY_SOURCE),
    BILATERAL_UNITS("PAY-BILATERAL-UNITS", Severity.WARNING,
            "CMS PFS Relative Value File bilateral indicator 1 (both sides pay 150% of one side, never 200%);"
                    + " Medicare Claims Processing Manual, Pub. 100-04, ch. 12, section 40.7",
            Confidence.PRIMARY_SOURCE),
    OPPS_COPAY_CAP("PAY-OPPS-COPAY-CAP", Severity.INFO,
            "Social Security Act section 1833(t)(8)(C): the copayment for one OPPS service is capped at the year's"
                    + " Part A inpatient deductible",
            Confidence.PRIMARY_SOURCE),
    COST_SHARING_UNKNOWN("PAY-COST-SHARING-UNKNOWN", Severity.WARNING,
            "Payer profile cost-sharing terms (none in force on the date of service)", Confidence.PRIMARY_SOURCE),
    FEES_CARRIED_FORWARD("PAY-FEES-CARRIED-FORWARD", Severity.WARNING,
            "CMS publishes the PFS, OPPS and ASC payment files and the Medicare deductibles per calendar year; a later"
                    + " year's release replaces the carried-forward figures once it is loaded",
            Confidence.UNCONFIRMED),
    SITE_COMPARISON_INCOMPLETE("PAY-SITE-COMPARISON-INCOMPLETE", Severity.WARNING,
            "CMS payment files loaded per site of service (PFS, OPPS Addendum B, ASC Addendum AA): a site whose figure"
                    + " leaves out a missing fee looks cheaper than it is",
            Confidence.PRIMARY_SOURCE),
    DERIVED_FEE_DATA("PAY-FEE-DATA-DERIVED", Severity.INFO,
            "A derived extract of the CMS file named in the message: its values match the CMS release, but the file is"
                    + " not CMS's own",
            Confidence.SECONDARY_SOURCE),
    MUE_EXCEEDED("NCCI-MUE", Severity.WARNING,
            "CMS NCCI Medically Unlikely Edits, facility outpatient hospital services table effective 2026-10-01"
                    + " (derived extract of the CMS file)",
            Confidence.SECONDARY_SOURCE),
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
